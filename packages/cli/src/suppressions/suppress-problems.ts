import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { type UnusedDirective, matchDirectives, suppressEntryMatches } from '@fsflow/analyzer'
import type { FlowConfig, LocatedSuppression } from '../config/flow-config.js'
import { type LintMessage, type LintResult, type Suppression, createLintResult, withMessages } from '../lint-result.js'
import type { BulkSuppressions, UnusedCounts } from './bulk-suppressions.js'

/** What the suppression step applies, besides the config's `suppress` entries and the modules' directives. */
export interface SuppressionStep {
  readonly config: FlowConfig
  /** The bulk suppressions file, when there is one (or one is being written). */
  readonly bulk?: {
    readonly suppressions: BulkSuppressions
    /** Its path as the user sees it, for messages. */
    readonly shown: string
    /** `--suppress-all` (no rules) or `--suppress-rule`: first record the errors left after the config and directives. */
    readonly record?: { readonly rules?: readonly string[] }
    /** `--prune-suppressions`: first drop what no longer occurs. */
    readonly prune?: boolean
  }
  /** Messages that nothing may silence here (in a build: what would make it write a document FaceSign rejects). */
  readonly unsuppressible?: (message: LintMessage) => boolean
}

/**
 * The suppression step, after placement and before the formatters, in `fsflow lint` and `fsflow
 * build`: the config's `suppress` entries (kind `config`) and the modules' `fsflow-disable` comments
 * (kind `directive`), then the bulk file's counts (kind `file`), move the problems they silence to
 * `suppressedMessages`. What silences nothing is reported as a warning, so that it never rots:
 * a directive where it is, a bulk count in its file, a config entry in the config file. A fatal
 * message, or one without a rule, is never silenced. Also gives the bulk file as it is to be
 * written, when it was asked to record or prune.
 */
export function suppressProblems(results: readonly LintResult[], step: SuppressionStep): { results: LintResult[]; bulk?: BulkSuppressions } {
  const inSource = suppressInSource(results, step)
  if (step.bulk === undefined) return { results: inSource }
  const { shown, record, prune } = step.bulk
  let bulk = record === undefined ? step.bulk.suppressions : step.bulk.suppressions.recording(inSource, record.rules)
  let applied = bulk.apply(inSource)
  if (prune === true) {
    bulk = bulk.pruned(applied.unused, (key) => existsSync(resolve(bulk.root, key)))
    applied = bulk.apply(inSource)
  }
  return {
    results: withUnusedBulkWarnings(applied.results, applied.unused, bulk, shown),
    ...(record !== undefined || prune === true ? { bulk } : {}),
  }
}

/** How a config entry fared over the files it applies to. */
interface EntryUse {
  readonly suppression: LocatedSuppression
  files: number
  used: boolean
}

function suppressInSource(results: readonly LintResult[], step: SuppressionStep): LintResult[] {
  const uses = new Map<string, EntryUse>()
  const suppressed = results.map((result) => suppressInFile(result, step, uses))
  const unused = [...uses.values()].filter(({ used }) => !used)
  const configFile = step.config.configFile
  if (unused.length === 0 || configFile === undefined) return suppressed
  const warnings = unused.map(unusedEntryMessage)
  const index = suppressed.findIndex(({ filePath }) => filePath === configFile)
  if (index === -1) return [...suppressed, createLintResult(configFile, warnings)]
  suppressed[index] = withMessages(suppressed[index]!, [...suppressed[index]!.messages, ...warnings])
  return suppressed
}

function suppressInFile(result: LintResult, step: SuppressionStep, uses: Map<string, EntryUse>): LintResult {
  const entries = step.config.forFile(result.filePath)?.suppressions ?? []
  for (const suppression of entries) {
    const use = uses.get(suppression.at) ?? { suppression, files: 0, used: false }
    use.files++
    uses.set(suppression.at, use)
  }
  const directives = result.directives ?? []
  if (entries.length === 0 && directives.length === 0) return result
  const silenceable = result.messages.filter((message) => message.ruleId !== null && message.fatal !== true && step.unsuppressible?.(message) !== true)
  const match = matchDirectives(
    directives,
    silenceable.map(({ ruleId, line, column }) => ({ ruleId: ruleId!, line, column })),
  )
  const silenced = new Map<LintMessage, Suppression[]>()
  silenceable.forEach((message, index) => {
    const by: Suppression[] = match.suppressedBy[index]!.map(({ justification }) => ({ kind: 'directive', justification }))
    for (const { entry, at } of entries) {
      if (!suppressEntryMatches(entry, message.ruleId!, message.nodeId)) continue
      by.push({ kind: 'config', justification: entry.reason })
      uses.get(at)!.used = true
    }
    if (by.length > 0) silenced.set(message, by)
  })
  if (silenced.size === 0 && match.unused.length === 0) return result
  const kept = [...result.messages.filter((message) => !silenced.has(message)), ...match.unused.map(unusedDirectiveMessage)]
  const nowSuppressed = [...silenced].map(([message, by]) => ({ ...message, suppressions: [...(message.suppressions ?? []), ...by] }))
  return withMessages(
    result,
    kept.sort((a, b) => a.line - b.line || a.column - b.column),
    [...result.suppressedMessages, ...nowSuppressed],
  )
}

/** ESLint's words for an unused `eslint-disable` comment, for ours. */
function unusedDirectiveMessage({ directive, rules }: UnusedDirective): LintMessage {
  const name = `fsflow-${directive.kind}`
  const from = rules === undefined ? '' : ` from ${rules.map((rule) => `'${rule}'`).join(' or ')}`
  const { line, column, endLine, endColumn } = directive.comment
  return {
    ruleId: null,
    severity: 1,
    message: `Unused ${name} directive (no problems were reported${from}).`,
    messageId: 'unusedDirective',
    data: { directive: name, rules: (rules ?? []).join(', ') },
    line,
    column,
    endLine,
    endColumn,
    path: '',
  }
}

function unusedEntryMessage({ suppression: { entry, at }, files }: EntryUse): LintMessage {
  const what = entry.nodeId === undefined ? `'${entry.rule}'` : `'${entry.rule}' on node '${entry.nodeId}'`
  const where = files === 1 ? 'the linted file' : `the ${String(files)} linted files`
  return {
    ruleId: null,
    severity: 1,
    message: `Unused suppression ${at} (${what}): no such problem in ${where} it applies to; remove it.`,
    messageId: 'unusedSuppression',
    data: { at, rule: entry.rule, nodeId: entry.nodeId ?? '' },
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    path: '',
  }
}

/** A warning in each file whose bulk counts allow more errors than it has: the count should be pruned. */
function withUnusedBulkWarnings(results: readonly LintResult[], unused: UnusedCounts, bulk: BulkSuppressions, shown: string): LintResult[] {
  if (unused.size === 0) return [...results]
  return results.map((result) => {
    const idle = unused.get(bulk.keyOf(result.filePath))
    if (idle === undefined) return result
    const warnings = [...idle].map(([ruleId, extra]): LintMessage => ({
      ruleId: null,
      severity: 1,
      message: `Unused bulk suppression: ${shown} allows ${String(extra)} more '${ruleId}' error${extra === 1 ? '' : 's'} than this file has; run fsflow lint --prune-suppressions.`,
      messageId: 'unusedBulkSuppression',
      data: { rule: ruleId, count: extra },
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      path: '',
    }))
    return withMessages(result, [...warnings, ...result.messages])
  })
}
