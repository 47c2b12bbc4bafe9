import { readFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { ExitError } from '../exit-error.js'
import { writeFileAtomic } from '../files/write-file-atomic.js'
import { type LintMessage, type LintResult, withMessages } from '../lint-result.js'

/** The bulk suppressions file's name, as ESLint names its `eslint-suppressions.json`. */
export const bulkFileName = 'fsflow-suppressions.json'

/** Errors accepted per file (relative to the root, `/` separators) and per rule: ESLint's shape. */
export type BulkCounts = Readonly<Record<string, Readonly<Record<string, { readonly count: number }>>>>

/** How many errors of a file's rules a bulk entry allows beyond those there are, by file key and rule. */
export type UnusedCounts = ReadonlyMap<string, ReadonlyMap<string, number>>

/**
 * The bulk suppressions file (`fsflow lint --suppress-all`): how many errors of each rule each file
 * had when it was written. Files are keyed by their path from the config's folder (or the
 * repository's root without a config), so moving lines, or running from another folder, changes nothing.
 */
export class BulkSuppressions {
  constructor(
    /** Where the file is (absolute). */
    readonly filePath: string,
    /** The folder the file keys are relative to. */
    readonly root: string,
    readonly counts: BulkCounts,
  ) {}

  /** The file at that path, or none yet (`exists: false`). Exit 2 for a file that is not what fsflow writes. */
  static async read(filePath: string, root: string, shown: string): Promise<{ bulk: BulkSuppressions; exists: boolean }> {
    let text: string
    try {
      text = await readFile(filePath, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { bulk: new BulkSuppressions(filePath, root, {}), exists: false }
      throw new ExitError(2, `Cannot read the suppressions file '${shown}': ${error instanceof Error ? error.message : String(error)}`)
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      throw new ExitError(2, `${shown}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
    }
    return { bulk: new BulkSuppressions(filePath, root, checkedCounts(value, shown)), exists: true }
  }

  /** A linted file's key in the file. */
  keyOf(filePath: string): string {
    return relative(this.root, filePath).split(sep).join('/')
  }

  /**
   * Applies the counts to each result, as ESLint does: when a file has no more errors of a rule than
   * its count, they all move to the suppressed messages (kind `file`); when it has more, all are
   * reported, since which are new cannot be told. What a count allows beyond the errors there are is unused.
   */
  apply(results: readonly LintResult[]): { results: LintResult[]; unused: UnusedCounts } {
    const unused = new Map<string, Map<string, number>>()
    const applied = results.map((result) => {
      const key = this.keyOf(result.filePath)
      const allowed = Object.hasOwn(this.counts, key) ? this.counts[key]! : undefined
      if (allowed === undefined) return result
      const errors = errorsByRule(result.messages)
      const idle = new Map<string, number>()
      const silenced = new Set<string>()
      for (const [ruleId, { count }] of Object.entries(allowed)) {
        const found = errors.get(ruleId) ?? 0
        if (found <= count) silenced.add(ruleId)
        if (found < count) idle.set(ruleId, count - found)
      }
      if (idle.size > 0) unused.set(key, idle)
      if (silenced.size === 0) return result
      const isSilenced = (message: LintMessage): boolean => message.severity === 2 && message.ruleId !== null && silenced.has(message.ruleId)
      const suppressed = result.messages.filter(isSilenced).map((message) => ({ ...message, suppressions: [...(message.suppressions ?? []), { kind: 'file' as const, justification: '' }] }))
      return withMessages(
        result,
        result.messages.filter((message) => !isSilenced(message)),
        [...result.suppressedMessages, ...suppressed],
      )
    })
    return { results: applied, unused }
  }

  /**
   * `--suppress-all` (no rules) or `--suppress-rule`: the counts of the errors each linted file has
   * now, replacing that file's counts of those rules (a rule it no longer breaks is dropped). Files not
   * linted keep theirs.
   */
  recording(results: readonly LintResult[], rules?: readonly string[]): BulkSuppressions {
    const counts = copyOf(this.counts)
    for (const result of results) {
      const key = this.keyOf(result.filePath)
      const fileCounts = counts.get(key) ?? new Map<string, number>()
      for (const ruleId of [...fileCounts.keys()]) if (rules === undefined || rules.includes(ruleId)) fileCounts.delete(ruleId)
      for (const [ruleId, count] of errorsByRule(result.messages)) if (rules === undefined || rules.includes(ruleId)) fileCounts.set(ruleId, count)
      counts.set(key, fileCounts)
    }
    return new BulkSuppressions(this.filePath, this.root, countsOf(counts))
  }

  /** `--prune-suppressions`: the counts less what is unused, and without the files that no longer exist. */
  pruned(unused: UnusedCounts, exists: (key: string) => boolean): BulkSuppressions {
    const counts = copyOf(this.counts)
    for (const [key, idle] of unused) {
      const fileCounts = counts.get(key)
      if (fileCounts === undefined) continue
      for (const [ruleId, extra] of idle) {
        const left = (fileCounts.get(ruleId) ?? 0) - extra
        if (left > 0) fileCounts.set(ruleId, left)
        else fileCounts.delete(ruleId)
      }
    }
    for (const key of [...counts.keys()]) if (!exists(key)) counts.delete(key)
    return new BulkSuppressions(this.filePath, this.root, countsOf(counts))
  }

  /** The file's text: keys sorted, two-space indent, a final newline, so that it diffs well. */
  text(): string {
    const sorted = Object.fromEntries(
      Object.keys(this.counts)
        .sort()
        .map((key) => [key, Object.fromEntries(Object.keys(this.counts[key]!).sort().map((ruleId) => [ruleId, { count: this.counts[key]![ruleId]!.count }]))]),
    )
    return `${JSON.stringify(sorted, null, 2)}\n`
  }

  /** Writes the file whole or not at all. Exit 2 when it cannot be written. */
  async write(shown: string): Promise<void> {
    try {
      await writeFileAtomic(this.filePath, this.text())
    } catch (error) {
      throw new ExitError(2, `Cannot write the suppressions file '${shown}': ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

/** The errors of each rule among the messages: only errors are bulk suppressed, as in ESLint. */
function errorsByRule(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const { severity, ruleId, fatal } of messages) {
    if (severity !== 2 || ruleId === null || fatal === true) continue
    counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1)
  }
  return counts
}

function copyOf(counts: BulkCounts): Map<string, Map<string, number>> {
  return new Map(Object.entries(counts).map(([key, rules]) => [key, new Map(Object.entries(rules).map(([ruleId, { count }]) => [ruleId, count]))]))
}

function countsOf(counts: ReadonlyMap<string, ReadonlyMap<string, number>>): BulkCounts {
  const entries = [...counts].filter(([, rules]) => rules.size > 0)
  return Object.fromEntries(entries.map(([key, rules]) => [key, Object.fromEntries([...rules].map(([ruleId, count]) => [ruleId, { count }]))]))
}

/** The file's counts, checked: an object of files, each an object of rules, each `{ "count": n }` with n a whole number above 0. */
function checkedCounts(value: unknown, shown: string): BulkCounts {
  const isObject = (candidate: unknown): candidate is Record<string, unknown> => typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate)
  const fail = (at: string, expected: string): never => {
    throw new ExitError(2, `${shown}: ${at}: expected ${expected}; run fsflow lint --suppress-all to write it again.`)
  }
  if (!isObject(value)) return fail('the top', 'an object of files')
  for (const [key, rules] of Object.entries(value)) {
    if (!isObject(rules)) fail(JSON.stringify(key), 'an object of rules')
    for (const [ruleId, entry] of Object.entries(rules as Record<string, unknown>)) {
      const count = isObject(entry) ? entry.count : undefined
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) fail(`${JSON.stringify(key)}.${JSON.stringify(ruleId)}`, '{ "count": <a whole number above 0> }')
    }
  }
  return value as BulkCounts
}

/** The bulk suppressions file of a run, and its path as the user sees it. */
export interface BulkFile {
  readonly suppressions: BulkSuppressions
  readonly shown: string
}

/**
 * The bulk suppressions file a run uses: `--suppressions-location`, else `fsflow-suppressions.json`
 * in the config file's folder (the repository's root without a config); file keys are relative to
 * that folder either way. Undefined when there is none and none is to be written; exit 2 when
 * `--suppressions-location` names a file that does not exist and none is to be written, as in ESLint.
 */
export async function findBulkFile(location: string | undefined, root: string, cwd: string, writing: boolean): Promise<BulkFile | undefined> {
  const filePath = location === undefined ? join(root, bulkFileName) : resolve(cwd, location)
  const shown = relative(cwd, filePath) || filePath
  const { bulk, exists } = await BulkSuppressions.read(filePath, root, shown)
  if (exists || writing) return { suppressions: bulk, shown }
  if (location !== undefined) throw new ExitError(2, `The suppressions file '${shown}' does not exist; write it with fsflow lint --suppress-all.`)
  return undefined
}

/** `N errors in M files`: what a bulk file holds. */
export function describeCounts(counts: BulkCounts): string {
  const files = Object.keys(counts).length
  const errors = Object.values(counts).reduce((sum, rules) => sum + Object.values(rules).reduce((total, { count }) => total + count, 0), 0)
  return `${String(errors)} error${errors === 1 ? '' : 's'} in ${String(files)} file${files === 1 ? '' : 's'}`
}
