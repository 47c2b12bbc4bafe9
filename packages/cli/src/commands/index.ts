import { type CliOptions, type OptionTable, parseFlags } from '../cli-options.js'
import type { CommandContext, ExitCode } from '../context.js'
import { buildOptions } from './build/options.js'
import { graphOptions } from './graph/options.js'
import { importOptions } from './import/options.js'
import { lintOptions } from './lint/options.js'

/** A command as the entry point sees it: its help, and a way to run it on its arguments. */
export interface Command {
  /** What it does, in one line. */
  summary: string
  /** What it takes besides flags, as in `fsflow lint <files|folders|globs...>`. */
  operands: string
  options: OptionTable
  /** When it exits 0, 1 and 2, in one line. */
  exitCodes: string
  /** Parses the arguments after the command's name, then imports the command and runs it. */
  run: (args: readonly string[], context: CommandContext) => Promise<ExitCode | 'help'>
}

interface CommandDefinition<Flags extends { help: boolean }> {
  summary: string
  operands: string
  options: CliOptions<Flags>
  exitCodes: string
  /** Imports the command only when it runs, so that one command never pays for another's modules. */
  run: (flags: Flags, operands: string[], context: CommandContext) => Promise<ExitCode>
}

function defineCommand<Flags extends { help: boolean }>(definition: CommandDefinition<Flags>): Command {
  return {
    summary: definition.summary,
    operands: definition.operands,
    options: definition.options,
    exitCodes: definition.exitCodes,
    async run(args, context) {
      const { flags, positionals } = parseFlags(args, definition.options)
      return flags.help ? 'help' : definition.run(flags, positionals, context)
    },
  }
}

/** Every command, by name. Each lives in `commands/<name>/index.ts` as one async function. */
export const commands: Readonly<Record<string, Command>> = {
  lint: defineCommand({
    summary: 'Lint flow files, JSON or TypeScript: check them against the schema, the flow graph and the rules',
    operands: '<files|folders|globs...>',
    options: lintOptions,
    exitCodes: 'Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 the command could not run.',
    run: async (flags, patterns, context) => (await import('./lint/index.js')).lint({ ...flags, patterns }, context),
  }),
  build: defineCommand({
    summary: 'Compile TypeScript flows (*.flow.ts) to flow JSON, writing nothing when any flow has an error',
    operands: '<files|folders...>',
    options: buildOptions,
    exitCodes: 'Exit codes: 0 built (or up to date with --check), 1 errors in the flows (or JSON files out of date with --check), 2 the command could not run.',
    run: async (flags, patterns, context) => (await import('./build/index.js')).build({ ...flags, patterns }, context),
  }),
  graph: defineCommand({
    summary: 'Draw a flow in Mermaid, DOT or SVG: a shape per kind of node, outcomes on the arrows, problems and unreachable nodes marked, and a legend',
    operands: '<file>',
    options: graphOptions,
    exitCodes: 'Exit codes: 0 drawn (problems in the flow are marked in the drawing, not failures), 2 nothing to draw or the command could not run.',
    run: async (flags, patterns, context) => (await import('./graph/index.js')).graph({ ...flags, patterns }, context),
  }),
  import: defineCommand({
    summary: 'Turn JSON flow files into builder code (.flow.ts modules), each checked to build back to the same JSON',
    operands: '<flow.json...>',
    options: importOptions,
    exitCodes: 'Exit codes: 0 imported, 2 a file could not be imported (each is reported; the others are imported) or the command could not run.',
    run: async (flags, files, context) => (await import('./import/index.js')).importFlows({ ...flags, files }, context),
  }),
}
