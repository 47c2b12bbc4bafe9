import { type DisableDirective, type SourceComment, type SuppressEntry, directivesOf, matchDirectives, suppressEntryMatches } from '@fsflow/analyzer'
import type { Rule } from 'eslint'
import type { ProblemPlace } from './sources/text-edit.js'

/** Where `fromConfig` puts each fsflow config object's `suppress` entries: by object index, so that ESLint's deep merge of settings adds them up. */
export const suppressSettingsKey = 'fsflowSuppress'

const directivesByAst = new WeakMap<object, readonly DisableDirective[]>()

/** A comment as ESLint's JavaScript languages give it, as the directive reader takes it (1-based columns). */
function sourceCommentOf(comment: ReturnType<Rule.RuleContext['sourceCode']['getAllComments']>[number]): SourceComment[] {
  if (comment.loc === undefined || comment.loc === null) return []
  const { start, end } = comment.loc
  return [{ kind: comment.type === 'Line' ? 'line' : 'block', text: comment.value, line: start.line, column: start.column + 1, endLine: end.line, endColumn: end.column + 1 }]
}

/** The `fsflow-disable` comments of the file ESLint lints (builder code only: JSON holds no comments), read once per syntax tree. */
function directivesIn(context: Rule.RuleContext): readonly DisableDirective[] {
  const { ast } = context.sourceCode
  let directives = directivesByAst.get(ast)
  if (directives === undefined) {
    // ESLint's types say Program; @eslint/json's language gives a Document, which has no comments to read.
    const isCode = (ast as { type: string }).type === 'Program'
    directives = isCode ? directivesOf(context.sourceCode.getAllComments().flatMap(sourceCommentOf)) : []
    directivesByAst.set(ast, directives)
  }
  return directives
}

/** The config's `suppress` entries that apply to the file, as `fromConfig` set them. */
function configEntries(context: Rule.RuleContext): SuppressEntry[] {
  const byObject = (context.settings as Record<string, unknown>)[suppressSettingsKey]
  if (typeof byObject !== 'object' || byObject === null) return []
  return Object.values(byObject as Record<string, readonly SuppressEntry[]>).flat()
}

/** The 1-based line and column where a problem is shown. */
function startOf(place: ProblemPlace): { line: number; column: number } | undefined {
  const loc = 'loc' in place ? place.loc : (place.node as { loc?: { start: { line: number; column: number } } } | null)?.loc
  return loc === undefined ? undefined : { line: loc.start.line, column: loc.start.column + 1 }
}

/**
 * Whether fsflow itself silences a problem of this rule, as `fsflow lint` does: a config `suppress`
 * entry, or an `fsflow-disable` comment. ESLint has no way for a rule to mark a problem suppressed,
 * so it is not reported at all; ESLint's own `eslint-disable` comments still work as ever.
 */
export function isSilencedByFsflow(context: Rule.RuleContext, ruleId: string, nodeId: string | undefined, place: ProblemPlace): boolean {
  if (configEntries(context).some((entry) => suppressEntryMatches(entry, ruleId, nodeId))) return true
  const directives = directivesIn(context)
  if (directives.length === 0) return false
  const start = startOf(place)
  if (start === undefined) return false
  return matchDirectives(directives, [{ ruleId, ...start }]).suppressedBy[0]!.length > 0
}
