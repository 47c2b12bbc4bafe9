import { relative, sep } from 'node:path'
import {
  type ConfigObject,
  ConfigError,
  type ConfigSuppression,
  type Plugin,
  type ResolvedConfig,
  type RuleEntry,
  type RuleSet,
  createRuleSet,
  isGlobalIgnore,
  mergeConfigObjects,
  mergeRules,
} from '@fsflow/analyzer'
import { ExitError } from '../exit-error.js'
import { type PathTest, addsFiles, anyOf, ignoredBy } from './globs.js'

/** The flow files a folder search finds when no config says otherwise. */
export const defaultFlowPatterns: readonly string[] = ['**/*.flow.{json,ts,mts}']

/** What nothing lints, whatever the config says: installed packages and git's own files. */
export const defaultIgnores: readonly string[] = ['**/node_modules/', '.git/']

/** A config `suppress` entry, with where it is in the config (`[2].suppress[0]`), which tells it from an equal one elsewhere. */
export interface LocatedSuppression {
  readonly entry: ConfigSuppression
  readonly at: string
}

/** What applies to one file: the merged config objects, the rules that run on it and its suppressions. */
export interface FileConfig {
  readonly resolved: ResolvedConfig
  readonly ruleSet: RuleSet
  /** `resolved.suppress`, in its order, each with its place in the config. */
  readonly suppressions: readonly LocatedSuppression[]
}

interface CompiledObject {
  readonly applies: PathTest
  /** Whether it names the file with a pattern that adds files to a folder search. */
  readonly adds: PathTest
}

/**
 * A loaded config (or none), ready to answer per file: is it ignored, does a folder search find it,
 * and what rules run on it. Patterns are relative to `baseFolder`, the config file's folder. `--rule`
 * flags apply over every file's config, as ESLint's `--rule` does.
 */
export class FlowConfig {
  readonly #objects: readonly ConfigObject[]
  readonly #compiled: readonly (CompiledObject | undefined)[]
  readonly #ignored: PathTest
  readonly #byObjects = new Map<string, FileConfig>()
  /** Whether some object's `files` adds files to what a folder search finds. */
  readonly addsFiles: boolean

  constructor(
    objects: readonly ConfigObject[],
    /** The config file (absolute), or undefined without one. */
    readonly configFile: string | undefined,
    /** The folder patterns are relative to. */
    readonly baseFolder: string,
    /** What `--rule` flags set. */
    readonly ruleFlags: Readonly<Record<string, RuleEntry>> = {},
    /** How the config file is named in messages. */
    readonly shownName = 'the config',
  ) {
    this.#objects = objects
    const globalIgnores = [...defaultIgnores, ...objects.filter(isGlobalIgnore).flatMap((object) => object.ignores ?? [])]
    this.#ignored = ignoredBy(globalIgnores)
    this.#compiled = objects.map((object) => (isGlobalIgnore(object) ? undefined : compile(object)))
    this.addsFiles = objects.some((object) => !isGlobalIgnore(object) && (object.files ?? []).some(addsFiles))
  }

  /** A path relative to the base folder, with `/` separators. */
  relativePath(filePath: string): string {
    return relative(this.baseFolder, filePath).split(sep).join('/')
  }

  /** Whether a global `ignores` (or a default ignore) excludes the file: nothing applies to it. */
  isIgnored(filePath: string): boolean {
    return this.#ignored(this.relativePath(filePath))
  }

  /** Whether a folder search keeps a file: it is a flow file by default or by a config object's `files`, and not ignored. */
  isSearched(filePath: string): boolean {
    const path = this.relativePath(filePath)
    if (this.#ignored(path)) return false
    if (defaultMatch(path)) return true
    return this.#compiled.some((object) => object !== undefined && object.adds(path))
  }

  /** The indices of the config objects that apply to a file, in order; undefined for an ignored file. */
  objectsFor(filePath: string): number[] | undefined {
    const path = this.relativePath(filePath)
    if (this.#ignored(path)) return undefined
    const indices: number[] = []
    this.#compiled.forEach((object, index) => {
      if (object?.applies(path) === true) indices.push(index)
    })
    return indices
  }

  /**
   * The merged config and rule set of a file, shared by every file the same objects apply to;
   * undefined for an ignored file. Exit 2 when the rules cannot run there (a plugin's rule set where
   * no object that applies registers the plugin).
   */
  forFile(filePath: string): FileConfig | undefined {
    const indices = this.objectsFor(filePath)
    if (indices === undefined) return undefined
    const key = indices.join(',')
    let found = this.#byObjects.get(key)
    if (found === undefined) {
      const resolved = mergeConfigObjects(
        indices.map((index) => this.#objects[index]!),
        this.configFile ?? '',
      )
      resolved.rules = mergeRules(resolved.rules, this.ruleFlags)
      const places = indices.flatMap((index) => (this.#objects[index]!.suppress ?? []).map((_entry, entryIndex) => `[${String(index)}].suppress[${String(entryIndex)}]`))
      const suppressions = resolved.suppress.map((entry, position) => ({ entry, at: places[position]! }))
      found = { resolved, ruleSet: this.#ruleSetOf(resolved, filePath), suppressions }
      this.#byObjects.set(key, found)
    }
    return found
  }

  /** The rule set of a file; the recommended rules for an ignored one (it is linted only when named, and then reported as ignored). */
  ruleSetFor(filePath: string): RuleSet {
    return (this.forFile(filePath) ?? this.#fallback()).ruleSet
  }

  /** Every rule id that runs on some file looked at so far. */
  rulesRun(): string[] {
    return [...new Set([...this.#byObjects.values()].flatMap(({ ruleSet }) => ruleSet.map(({ id }) => id)))]
  }

  /** The plugins of every object, by namespace: what rule ids a flag may name besides the built-in ones. */
  plugins(): Readonly<Record<string, Plugin>> {
    const plugins: Record<string, Plugin> = {}
    for (const object of this.#objects) Object.assign(plugins, object.plugins)
    return plugins
  }

  #fallback(): FileConfig {
    const resolved = mergeConfigObjects([], this.configFile ?? '')
    return { resolved, ruleSet: createRuleSet(), suppressions: [] }
  }

  #ruleSetOf(resolved: ResolvedConfig, filePath: string): RuleSet {
    try {
      return createRuleSet({ rules: resolved.rules, plugins: resolved.plugins, settings: resolved.settings })
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      throw new ExitError(2, `${this.shownName}: for '${this.relativePath(filePath)}': ${error.message}.`)
    }
  }
}

const defaultMatch = anyOf(defaultFlowPatterns)

function compile(object: ConfigObject): CompiledObject {
  const inFiles = object.files === undefined ? () => true : anyOf(object.files)
  const excluded = object.ignores === undefined ? () => false : ignoredBy(object.ignores)
  const adding = anyOf((object.files ?? []).filter(addsFiles))
  return {
    applies: (path) => inFiles(path) && !excluded(path),
    adds: (path) => adding(path) && !excluded(path),
  }
}
