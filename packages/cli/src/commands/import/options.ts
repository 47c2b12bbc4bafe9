import type { CliOptions } from '../../cli-options.js'
import { lintOptions } from '../lint/options.js'

/** What `fsflow import`'s flags set. */
export interface ImportFlags {
  outputFile: string | undefined
  outDir: string | undefined
  force: boolean
  moduleTimeout: number
  help: boolean
}

/** `fsflow import`'s flags: read by the parser, `--help` and the options section of docs/cli.md. */
export const importOptions: CliOptions<ImportFlags> = {
  outputFile: {
    short: 'o',
    argument: '<path>',
    default: undefined,
    description: 'Write the module of the one flow file named to this file (folders are created) instead of the standard output',
  },
  outDir: {
    argument: '<dir>',
    default: undefined,
    description: 'Write one module per flow file into this folder, each named for its file (login.json gives login.flow.ts)',
  },
  force: {
    default: false,
    description: 'Overwrite modules that exist already (without it, an existing file is left as it is and reported)',
  },
  moduleTimeout: {
    ...lintOptions.moduleTimeout,
    description: 'How many seconds a written module may take to load when it is built to check the round trip',
  },
  help: {
    short: 'h',
    default: false,
    description: 'Show this help',
  },
}
