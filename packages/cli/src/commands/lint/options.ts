import type { CliOptions } from '../../cli-options.js'
import { usageError } from '../../exit-error.js'
import { formatterNames } from '../../formatters/index.js'

/** What `fsflow lint`'s flags set. */
export interface LintFlags {
  /** Each `name` or `name:path`; read by `reportTargets`. */
  format: string[]
  outputFile: string | undefined
  maxWarnings: number | undefined
  quiet: boolean
  rule: string[]
  config: string | undefined
  noConfig: boolean
  printConfig: string | undefined
  moduleTimeout: number
  base: string | undefined
  suppressAll: boolean
  suppressRule: string[]
  pruneSuppressions: boolean
  suppressionsLocation: string | undefined
  help: boolean
}

/** `fsflow lint`'s flags: read by the parser, `--help` and the options section of docs/cli.md. */
export const lintOptions: CliOptions<LintFlags> = {
  format: {
    short: 'f',
    argument: '<format>[:<path>]',
    multiple: true,
    default: [],
    description: `How to report the problems, one of ${formatterNames.join(', ')} (default: stylish); with :<path>, written to that file, so one run can print one report and write others`,
  },
  outputFile: {
    short: 'o',
    argument: '<path>',
    default: undefined,
    description: 'Write the report of the --format without a path to this file (never coloured; folders are created) instead of the standard output',
  },
  maxWarnings: {
    argument: '<n>',
    default: undefined,
    parse: parseWarningLimit,
    description: 'Exit with code 1 when there are more than n warnings',
  },
  quiet: {
    default: false,
    description: 'Report errors only; warnings are neither printed nor counted',
  },
  rule: {
    argument: "'<rule-id>: <setting>'",
    multiple: true,
    default: [],
    description: `Set a rule's severity, or severity and options, over the config file's, as in --rule 'greeting-too-short: off' or --rule 'greeting-too-short: ["error", {"minSeconds": 6}]'`,
  },
  config: {
    short: 'c',
    argument: '<path>',
    default: undefined,
    description: 'Use this config file instead of the fsflow.config.{js,mjs,ts,mts,json} found from the working folder upward (see docs/config.md)',
  },
  noConfig: {
    default: false,
    description: 'Use no config file: the recommended rules, and only the --rule flags over them',
  },
  printConfig: {
    argument: '<file>',
    default: undefined,
    description: 'Print the config that applies to this file (rules, settings, plugins, suppressions) as JSON, and lint nothing',
  },
  moduleTimeout: {
    argument: '<seconds>',
    default: 30,
    parse: parseSeconds,
    description: 'Stop loading a .flow.ts module that takes longer than this, and report it as an error in its file',
  },
  base: {
    argument: '<git-ref>',
    default: undefined,
    description:
      'Report only problems that are new since this commit, branch or tag (matched by rule, file, node and message, not by line); the files are read from git as they were there, nothing is checked out',
  },
  suppressAll: {
    default: false,
    description: 'Record every error left in the files linted in fsflow-suppressions.json (counts per file and rule), so that later runs report only errors beyond them (see docs/suppressions.md)',
  },
  suppressRule: {
    argument: '<rule-id>',
    multiple: true,
    default: [],
    description: 'Like --suppress-all, for the errors of this rule only',
  },
  pruneSuppressions: {
    default: false,
    description: 'Remove from fsflow-suppressions.json the counts of errors that no longer occur in the files linted, and the files that no longer exist',
  },
  suppressionsLocation: {
    argument: '<path>',
    default: undefined,
    description: "Use this bulk suppressions file instead of fsflow-suppressions.json beside the config file (or at the repository's root); it must exist unless --suppress-all or --suppress-rule writes it",
  },
  help: {
    short: 'h',
    default: false,
    description: 'Show this help',
  },
}

function parseWarningLimit(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw usageError(`Option '${flag}' must be a whole number of warnings, 0 or more; got '${text}'.`)
  return Number(text)
}

function parseSeconds(text: string, flag: string): number {
  const seconds = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN
  if (!(seconds > 0)) throw usageError(`Option '${flag}' must be a number of seconds greater than 0; got '${text}'.`)
  return seconds
}

/** `--suppressions-location` for the commands that only read the bulk file (build, graph). */
export const readSuppressionsLocation: CliOptions<LintFlags>['suppressionsLocation'] = {
  ...lintOptions.suppressionsLocation,
  description: "Use this bulk suppressions file (written by fsflow lint --suppress-all) instead of fsflow-suppressions.json beside the config file (or at the repository's root)",
}
