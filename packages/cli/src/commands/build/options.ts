import type { CliOptions } from '../../cli-options.js'
import { lintOptions, readSuppressionsLocation } from '../lint/options.js'

/** What `fsflow build`'s flags set. */
export interface BuildFlags {
  outDir: string | undefined
  check: boolean
  rule: string[]
  config: string | undefined
  noConfig: boolean
  moduleTimeout: number
  suppressionsLocation: string | undefined
  help: boolean
}

/** `fsflow build`'s flags: read by the parser, `--help` and the options section of docs/cli.md. */
export const buildOptions: CliOptions<BuildFlags> = {
  outDir: {
    argument: '<dir>',
    default: undefined,
    description:
      'Write the JSON under this folder, keeping each file where it was under the folder named (a file named outright goes at the top), instead of beside its source',
  },
  check: {
    default: false,
    description: 'Write nothing: exit 1 when a JSON file is missing or differs from what the build would write (for CI)',
  },
  rule: lintOptions.rule,
  config: lintOptions.config,
  noConfig: lintOptions.noConfig,
  moduleTimeout: lintOptions.moduleTimeout,
  suppressionsLocation: readSuppressionsLocation,
  help: {
    short: 'h',
    default: false,
    description: 'Show this help',
  },
}
