/**
 * `fsflow-disable` comments in flow modules, read as ESLint reads `eslint-disable` ones. Shared by the
 * CLI and the ESLint plugin so that both suppress the same problems; each gives the comments its own
 * source found (no text is read here), and the positions of its problems.
 */

/** A comment of a module: its text between the delimiters, and where it is (1-based lines and columns). */
export interface SourceComment {
  readonly kind: 'line' | 'block'
  readonly text: string
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
}

/** What a directive does: silence a range (`fsflow-disable` … `fsflow-enable`), its own line, or the next one. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'

/** One `fsflow-*` comment. */
export interface DisableDirective {
  readonly kind: DirectiveKind
  /** The rule ids it names; undefined when it names none, so it applies to every rule. */
  readonly rules?: readonly string[]
  /** The text after ` -- `: why the problem is accepted (empty when not given). */
  readonly justification: string
  readonly comment: SourceComment
}

/** A problem a directive may silence: its rule, and where it is shown (1-based). */
export interface DirectiveTarget {
  readonly ruleId: string
  readonly line: number
  readonly column: number
}

/** A directive, or some of the rules it names, that silenced nothing: it should be removed. */
export interface UnusedDirective {
  readonly directive: DisableDirective
  /** The rules it names that silenced nothing; undefined for a directive that names none. */
  readonly rules?: readonly string[]
}

/** What the directives of a module do to its problems. */
export interface DirectiveMatch {
  /** For each problem, in the order given, the directives that silence it (none: it is reported). */
  readonly suppressedBy: readonly (readonly DisableDirective[])[]
  /** The `fsflow-disable*` directives, or rules named in them, that silenced no problem. */
  readonly unused: readonly UnusedDirective[]
}

const directivePattern = /^\s*fsflow-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/u

/**
 * The directive a comment holds, or undefined. As in ESLint, `fsflow-disable` and `fsflow-enable`
 * count only in block comments, and a `-line` directive in a block comment only on one line.
 */
export function directiveOf(comment: SourceComment): DisableDirective | undefined {
  const match = directivePattern.exec(comment.text)
  if (match === null) return undefined
  const kind = match[1] as DirectiveKind
  const ranged = kind === 'disable' || kind === 'enable'
  if (ranged && comment.kind === 'line') return undefined
  if (!ranged && comment.line !== comment.endLine) return undefined
  const rest = match[2]!
  const dashes = /\s-{2,}\s/u.exec(rest)
  const ruleText = (dashes === null ? rest : rest.slice(0, dashes.index)).trim()
  const justification = dashes === null ? '' : rest.slice(dashes.index + dashes[0].length).trim()
  const rules = ruleText === '' ? undefined : ruleText.split(/[\s,]+/u).filter((rule) => rule !== '')
  return { kind, ...(rules === undefined ? {} : { rules }), justification, comment }
}

/** Every directive among a module's comments, in their order. */
export function directivesOf(comments: readonly SourceComment[]): DisableDirective[] {
  return comments.flatMap((comment) => directiveOf(comment) ?? [])
}

/** Whether a directive names the rule (or names none, so every rule). */
function names(directive: DisableDirective, ruleId: string): boolean {
  return directive.rules === undefined || directive.rules.includes(ruleId)
}

/** Whether a comment starts before a problem's place. */
function isBefore(comment: SourceComment, target: DirectiveTarget): boolean {
  return comment.line < target.line || (comment.line === target.line && comment.column <= target.column)
}

/**
 * The `fsflow-disable` … `fsflow-enable` range a problem is in, if any, as ESLint resolves them: the
 * latest directive before it wins, an `enable` of one rule inside a `disable` of all takes that rule back.
 */
function rangeDirectiveFor(ranges: readonly DisableDirective[], target: DirectiveTarget): DisableDirective | undefined {
  let all: DisableDirective | undefined
  const byRule = new Map<string, DisableDirective>()
  const enabled = new Set<string>()
  for (const directive of ranges) {
    if (!isBefore(directive.comment, target)) break
    if (directive.kind === 'disable') {
      if (directive.rules === undefined) {
        all = directive
        byRule.clear()
        enabled.clear()
      } else {
        for (const rule of directive.rules) {
          byRule.set(rule, directive)
          enabled.delete(rule)
        }
      }
    } else if (directive.rules === undefined) {
      all = undefined
      byRule.clear()
      enabled.clear()
    } else {
      for (const rule of directive.rules) {
        byRule.delete(rule)
        enabled.add(rule)
      }
    }
  }
  const own = byRule.get(target.ruleId)
  if (own !== undefined) return own
  return all !== undefined && !enabled.has(target.ruleId) ? all : undefined
}

/**
 * Which directives silence which problems, and which directives silenced nothing. A problem may be
 * silenced by several (its line's, the line before's, a range's): all are kept, as ESLint keeps them.
 */
export function matchDirectives(directives: readonly DisableDirective[], targets: readonly DirectiveTarget[]): DirectiveMatch {
  const ranges = directives.filter(({ kind }) => kind === 'disable' || kind === 'enable')
  const used = new Map<DisableDirective, Set<string>>()
  const suppressedBy = targets.map((target) => {
    const found = directives.filter(
      (directive) =>
        names(directive, target.ruleId) &&
        ((directive.kind === 'disable-line' && directive.comment.line === target.line) ||
          (directive.kind === 'disable-next-line' && directive.comment.endLine + 1 === target.line)),
    )
    const range = rangeDirectiveFor(ranges, target)
    if (range !== undefined) found.push(range)
    for (const directive of found) {
      const rules = used.get(directive) ?? new Set<string>()
      rules.add(target.ruleId)
      used.set(directive, rules)
    }
    return found
  })
  const unused: UnusedDirective[] = []
  for (const directive of directives) {
    if (directive.kind === 'enable') continue
    const rulesUsed = used.get(directive)
    if (directive.rules === undefined) {
      if (rulesUsed === undefined) unused.push({ directive })
      continue
    }
    const idle = directive.rules.filter((rule) => rulesUsed?.has(rule) !== true)
    if (idle.length > 0) unused.push({ directive, rules: idle })
  }
  return { suppressedBy, unused }
}
