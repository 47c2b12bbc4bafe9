import { readFile } from 'node:fs/promises'
import { nearestMatch } from '@fsflow/analyzer'
import { parseFlags } from './cli-options.js'
import { commands } from './commands/index.js'
import { type CommandContext, type ExitCode, processContext } from './context.js'
import { ExitError, usageError } from './exit-error.js'
import { globalOptions, renderCommandHelp, renderHelp } from './help.js'

/**
 * Runs `fsflow` on its arguments (without `node` and the script) and returns the exit code; only
 * the bin sets it. Never throws: a user's mistake is one message, a bug of ours one line to report.
 */
export async function main(args: readonly string[], context: CommandContext = processContext()): Promise<ExitCode> {
  try {
    return await run(args, context)
  } catch (error) {
    if (error instanceof ExitError) {
      const hint = error.showUsageHint ? "Run 'fsflow --help' for usage.\n" : ''
      context.stderr.write(`fsflow: ${error.message}\n${hint}`)
      return error.exitCode
    }
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
    context.stderr.write(`fsflow: internal error: ${detail}. This is a bug in fsflow; please report it.\n`)
    return 2
  }
}

async function run(args: readonly string[], context: CommandContext): Promise<ExitCode> {
  const [name, ...rest] = args
  if (name === undefined) throw usageError('No command given.')
  if (name.startsWith('-')) {
    const { flags } = parseFlags(args, globalOptions)
    if (flags.version) context.stdout.write(`${await version()}\n`)
    else if (flags.help) context.stdout.write(renderHelp())
    else throw usageError('No command given.')
    return 0
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (command === undefined) {
    const suggestion = nearestMatch(name, Object.keys(commands))
    throw usageError(`Unknown command '${name}'${suggestion === undefined ? '.' : `; did you mean '${suggestion}'?`}`)
  }
  const code = await command.run(rest, context)
  if (code !== 'help') return code
  context.stdout.write(renderCommandHelp(name, command))
  return 0
}

async function version(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return manifest.version
}
