import type { LintResult } from '../lint-result.js'

/** What a formatter may know besides the results. */
export interface FormatterOptions {
  /** Paths are shown relative to it. */
  cwd: string
  /** Whether to use ANSI colours (only for a terminal that wants them; never in a file). */
  color: boolean
  /** The top of the git repository (else the working folder): what CI formats make paths relative to. Defaults to `cwd`. */
  repositoryRoot?: string
  /** The ids of the rules that ran, for formats that describe every rule checked (SARIF). */
  rulesRun?: readonly string[]
}

/** Turns lint results into a report. Every format is one function of this type, in its own file. */
export type Formatter = (results: LintResult[], options: FormatterOptions) => string

// Each formatter is imported only when asked for.
const formatterLoaders = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  markdown: async () => (await import('./markdown/index.js')).markdown,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  junit: async () => (await import('./junit.js')).junit,
} satisfies Record<string, () => Promise<Formatter>>

/** The name `--format` takes. */
export type FormatterName = keyof typeof formatterLoaders

/** Every format `--format` takes, in the order help lists them. */
export const formatterNames = Object.keys(formatterLoaders) as readonly FormatterName[]

/** The formatter of that name. */
export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  return formatterLoaders[name]()
}
