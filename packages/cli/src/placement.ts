import type { Diagnostic } from '@fsflow/analyzer'
import { type LintMessage, compareMessages, toLintMessage } from './lint-result.js'
import type { ReadableSource } from './sources/source.js'

/**
 * The placement step (DESIGN.md's pipeline, just before the formatters): each diagnostic of a
 * document becomes a new message at the span its source gives its pointer, all located in one call to
 * the source, in the order of the file. The diagnostics are not changed.
 */
export function placeDiagnostics(diagnostics: readonly Diagnostic[], source: ReadableSource): LintMessage[] {
  if (diagnostics.length === 0) return []
  const spans = source.locateAll(diagnostics.map(({ path }) => path))
  return diagnostics.map((diagnostic, index) => toLintMessage(diagnostic, spans[index]!)).sort(compareMessages)
}
