import { readFile } from 'node:fs/promises'
import { lintJsonText } from '@fsflow/analyzer'
import type { FlowLoader } from './index.js'

/** A JSON flow file: a bare flow array, `{ "flow": [...] }` or a session-create body. */
export const loadJsonFlow: FlowLoader = async (filePath, ruleSet) => {
  const source = await readFile(filePath, 'utf8')
  return { source, diagnostics: lintJsonText(source, ruleSet) }
}
