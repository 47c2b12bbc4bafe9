import { readFile } from 'node:fs/promises'
import { lintSource } from '../lint-text.js'
import { jsonTextSource } from '../sources/json-text/index.js'
import type { FlowLoader } from './index.js'

/** A JSON flow file: a bare flow array, `{ "flow": [...] }` or a session-create body. */
export const loadJsonFlow: FlowLoader = async (filePath, ruleSet) => {
  const text = await readFile(filePath, 'utf8')
  const source = jsonTextSource(text)
  const messages = lintSource(source, ruleSet)
  return { source: text, messages, ...(messages.length > 0 && source.document !== undefined ? { flows: [{ document: source.document }] } : {}) }
}
