/** A JSON value as a TypeScript expression that evaluates to the same value: `-0` stays `-0`, any string is kept as is. */
export function literal(value: unknown): string {
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value)
  if (typeof value === 'boolean' || value === null) return String(value)
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (typeof value === 'object') return objectLiteral(Object.entries(value).map(([key, item]) => [key, literal(item)]))
  throw new TypeError(`not a JSON value: ${typeof value}`)
}

/** An object literal from keys and the code of their values, in that order. */
export function objectLiteral(entries: readonly (readonly [string, string])[]): string {
  if (entries.length === 0) return '{}'
  const properties = entries.map(([key, code]) => `${propertyName(key)}: ${code}`)
  // A value written over several lines (a sub-flow) puts every property on a line of its own.
  return properties.some((property) => property.includes('\n')) ? `{\n${properties.join(',\n')},\n}` : `{ ${properties.join(', ')} }`
}

/** A string in single quotes as the docs write them, or double when it holds an apostrophe; JSON's escapes are valid in TypeScript. */
export function quote(text: string): string {
  if (text.includes("'") && !text.includes('"')) return JSON.stringify(text)
  const escaped = JSON.stringify(text)
    .slice(1, -1)
    .replace(/\\(.)|'/gs, (match, escape: string | undefined) => (escape === undefined ? "\\'" : escape === '"' ? '"' : match))
  return `'${escaped}'`
}

/** A key as an object literal writes it: bare when it is an identifier, else quoted. */
function propertyName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key)
}
