import type { FlowSource } from '../source.js'
import { invalidJsonMessage } from './invalid-json.js'
import { locatePointers, parseJsonText } from './text.js'

/**
 * The source of a JSON flow file: its text parsed with the engine's parser, pointers located by one
 * pass over the text (only for a file with problems). A text that is not JSON is the source's fatal
 * `invalid-json` message, never a rule's.
 */
export function jsonTextSource(text: string): FlowSource {
  const parsed = parseJsonText(text)
  if (!parsed.ok) return { fatal: invalidJsonMessage(parsed.error) }
  const locateAll = (pointers: readonly string[]) => locatePointers(text, pointers, true)
  return { document: parsed.value, locate: (pointer) => locateAll([pointer])[0]!, locateAll }
}

export { invalidJson, invalidJsonMessage } from './invalid-json.js'
export { type JsonParseResult, type JsonSyntaxError, locatePointers, parseJsonText } from './text.js'
