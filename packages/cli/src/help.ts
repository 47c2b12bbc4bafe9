import { type CliOptions, renderOptionsHelp } from './cli-options.js'
import { type Command, commands } from './commands/index.js'

/** What `fsflow` itself takes, before any command. */
export interface GlobalFlags {
  help: boolean
  version: boolean
}

export const globalOptions: CliOptions<GlobalFlags> = {
  help: { short: 'h', default: false, description: 'Show this help' },
  version: { short: 'v', default: false, description: "Print fsflow's version" },
}

const exitCodes = 'Exit codes: 0 no errors, 1 errors in the flows (or too many warnings; or, for build --check, JSON out of date), 2 the command could not run.'

/** `fsflow --help`: every command, its options, and the exit codes. */
export function renderHelp(): string {
  const entries = Object.entries(commands)
  const usages = entries.map(([name, command]) => `${name} ${command.operands}`)
  const width = Math.max(...usages.map((usage) => usage.length))
  return [
    'fsflow: lint and build FaceSign verification flows',
    '',
    'Usage: fsflow <command> [options]',
    '',
    'Commands:',
    ...entries.map(([, command], index) => `  ${usages[index]!.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    renderOptionsHelp(globalOptions),
    ...entries.flatMap(([name, command]) => ['', `Options of fsflow ${name}:`, renderOptionsHelp(command.options)]),
    '',
    exitCodes,
    '',
  ].join('\n')
}

/** `fsflow <command> --help`. */
export function renderCommandHelp(name: string, command: Command): string {
  return [
    `Usage: fsflow ${name} [options] ${command.operands}`,
    '',
    `${command.summary}.`,
    '',
    'Options:',
    renderOptionsHelp(command.options),
    '',
    command.exitCodes,
    '',
  ].join('\n')
}
