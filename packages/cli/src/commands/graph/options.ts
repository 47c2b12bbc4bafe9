import type { CliOptions } from '../../cli-options.js'
import { usageError } from '../../exit-error.js'
import { lintOptions, readSuppressionsLocation } from '../lint/options.js'

/** The languages `fsflow graph` draws in. */
export const graphFormats = ['mermaid', 'dot', 'svg'] as const

/** One of the languages `fsflow graph` draws in. */
export type GraphFormat = (typeof graphFormats)[number]

/** What `fsflow graph`'s flags set. */
export interface GraphFlags {
  /** Undefined: from the output file's extension, else Mermaid. */
  format: GraphFormat | undefined
  outputFile: string | undefined
  export: string | undefined
  rule: string[]
  config: string | undefined
  noConfig: boolean
  moduleTimeout: number
  suppressionsLocation: string | undefined
  help: boolean
}

/** `fsflow graph`'s flags: read by the parser, `--help` and the options section of docs/cli.md. */
export const graphOptions: CliOptions<GraphFlags> = {
  format: {
    short: 'f',
    argument: '<format>',
    choices: graphFormats,
    default: undefined,
    parse: parseGraphFormat,
    description:
      'Draw in this language: mermaid (for Markdown), dot (for Graphviz) or svg (a picture, laid out offline); by default, the one the --output-file extension names (.mmd, .dot or .gv, .svg), else mermaid',
  },
  outputFile: {
    short: 'o',
    argument: '<path>',
    default: undefined,
    description: 'Write the drawing to this file (whole or not at all; folders are created) instead of the standard output',
  },
  export: {
    argument: '<name>',
    default: undefined,
    description: 'Draw only the flow a TypeScript module exports under this name (default for its default export); without it, every flow it exports, side by side',
  },
  rule: lintOptions.rule,
  config: lintOptions.config,
  noConfig: lintOptions.noConfig,
  moduleTimeout: {
    ...lintOptions.moduleTimeout,
    description: 'Stop loading a .flow.ts module that takes longer than this, and draw nothing (exit code 2)',
  },
  suppressionsLocation: readSuppressionsLocation,
  help: {
    short: 'h',
    default: false,
    description: 'Show this help',
  },
}

function parseGraphFormat(text: string, flag: string): GraphFormat {
  const format = graphFormats.find((name) => name === text)
  if (format === undefined) throw usageError(`Option '${flag}' must be one of ${graphFormats.join(', ')}; got '${text}'.`)
  return format
}

const formatsByExtension: Readonly<Record<string, GraphFormat>> = { '.mmd': 'mermaid', '.mermaid': 'mermaid', '.dot': 'dot', '.gv': 'dot', '.svg': 'svg' }

/** The format asked for, else the one the output file's extension names, else Mermaid. */
export function graphFormatOf(format: GraphFormat | undefined, outputFile: string | undefined): GraphFormat {
  if (format !== undefined) return format
  const extension = /\.[^./\\]+$/.exec(outputFile ?? '')?.[0].toLowerCase()
  return extension !== undefined && Object.hasOwn(formatsByExtension, extension) ? formatsByExtension[extension]! : 'mermaid'
}
