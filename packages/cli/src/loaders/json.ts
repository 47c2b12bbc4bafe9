import { readFile } from 'node:fs/promises'
import { lintJsonText, parseJsonText } from '@fsflow/analyzer'
import type { FlowLoader } from './index.js'

/** A JSON flow file: a bare flow array, `{ "flow": [...] }` or a session-create body. */
export const loadJsonFlow: FlowLoader = async (filePath, ruleSet) => {
  const source = await readFile(filePath, 'utf8')
  const diagnostics = lintJsonText(source, ruleSet)
  if (diagnostics.length === 0) return { source, diagnostics }
  // Parsed a second time only for a file with problems: the flow drawn beside them.
  const parsed = parseJsonText(source)
  return { source, diagnostics, ...(parsed.ok ? { flows: [{ document: parsed.value }] } : {}) }
}
