import type { RuleEntry } from '../config.js'
import type { Plugins } from '../plugin.js'
import type { FlowSettings } from '../settings.js'

/**
 * A known problem to keep quiet in flows that cannot hold comments (JSON): a rule, optionally only on
 * one node, and always the reason why.
 */
export interface SuppressEntry {
  /** The rule id, a plugin's (`acme/consent-first`) included. */
  readonly rule: string
  /** Only this node's reports; every report of the rule when absent. */
  readonly nodeId?: string
  /** Why the problem is accepted: shown wherever the suppression is reported. */
  readonly reason: string
}

/** Whether a config suppression silences a problem: the same rule, and the same node unless it names none. */
export function suppressEntryMatches(entry: SuppressEntry, ruleId: string, nodeId: string | undefined): boolean {
  return entry.rule === ruleId && (entry.nodeId === undefined || entry.nodeId === nodeId)
}

/** A suppression as it applies to a file: its entry, and the config file that holds it. */
export interface ConfigSuppression extends SuppressEntry {
  /** The config file it comes from, as the config was loaded (absolute for a file). */
  readonly configFile: string
}

/**
 * One object of a flat config, as in ESLint: what it sets, for the files it matches. Patterns are
 * relative to the config file's folder. Without `files` it applies to every flow file; with only
 * `ignores` (and `name`) it is a global ignore.
 */
export interface ConfigObject {
  /** A name for messages and `--print-config`. */
  readonly name?: string
  /** The files it applies to (globs); each also adds the files it matches to what a folder search finds. */
  readonly files?: readonly string[]
  /** Files it does not apply to; alone in an object, files nothing lints. */
  readonly ignores?: readonly string[]
  /** Severities and options by rule id, as `--rule` takes them. */
  readonly rules?: Readonly<Record<string, RuleEntry>>
  /** Shared analysis settings (`wordsPerMinute`), and plugins' own under their namespace. */
  readonly settings?: FlowSettings
  /** Plugins by the namespace their rules take (`acme` for `acme/consent-first`). */
  readonly plugins?: Plugins
  /** Problems kept quiet in the files it applies to; these lists add up across objects. */
  readonly suppress?: readonly SuppressEntry[]
}

/** A whole fsflow config: a flat array of config objects, later ones overriding earlier ones. */
export type FsflowConfig = readonly ConfigObject[]

/** A config object, or an array of them (a shared config), as `defineConfig` takes them. */
export type ConfigInput = ConfigObject | readonly ConfigInput[]

/**
 * Types a config file's export and flattens nested arrays, as ESLint's `defineConfig` does:
 * `export default defineConfig({ files: ['flows/*.json'] }, { rules: { … } })`.
 */
export function defineConfig(...configs: readonly ConfigInput[]): ConfigObject[] {
  const flat: ConfigObject[] = []
  const add = (input: ConfigInput): void => {
    if (isConfigArray(input)) for (const item of input) add(item)
    else flat.push(input)
  }
  for (const config of configs) add(config)
  return flat
}

function isConfigArray(input: ConfigInput): input is readonly ConfigInput[] {
  return Array.isArray(input)
}

/** Whether an object only ignores files (keys `ignores` and perhaps `name`): those files are linted by no one. */
export function isGlobalIgnore(object: ConfigObject): boolean {
  return object.ignores !== undefined && Object.keys(object).every((key) => key === 'ignores' || key === 'name')
}
