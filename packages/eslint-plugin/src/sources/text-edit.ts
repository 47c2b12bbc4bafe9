/** One change to a file's text: what a suggestion applies. */
export interface TextEdit {
  readonly range: readonly [number, number]
  readonly text: string
}

/** What can be changed in a flow's source, each by the JSON pointer of what it is about; undefined when the source has no such place. */
export interface FlowEdits {
  /** Replaces the string value at the pointer. */
  replaceString(pointer: string, value: string): TextEdit[] | undefined
  /** Removes the field the pointer names from its object. */
  removeField(pointer: string): TextEdit[] | undefined
  /** Adds a string field to the object at the pointer. */
  addField(pointer: string, key: string, value: string): TextEdit[] | undefined
  /** Renames the field the pointer names. */
  renameField(pointer: string, key: string): TextEdit[] | undefined
}

/** Where a problem is shown: a syntax node of the file, or a span of it (0-based columns, as ESLint's JS language counts). */
export type ProblemPlace =
  | { readonly node: unknown }
  | { readonly loc: { readonly start: { line: number; column: number }; readonly end: { line: number; column: number } } }

/** Ranges of the members of a list (object members, properties) and which to remove: the member with one comma. */
export function removeFromList(ranges: readonly (readonly [number, number])[], index: number): TextEdit[] {
  const member = ranges[index]!
  const next = ranges[index + 1]
  const previous = ranges[index - 1]
  if (next !== undefined) return [{ range: [member[0], next[0]], text: '' }]
  if (previous !== undefined) return [{ range: [previous[1], member[1]], text: '' }]
  return [{ range: [member[0], member[1]], text: '' }]
}
