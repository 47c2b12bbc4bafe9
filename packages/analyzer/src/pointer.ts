/** Escapes one reference token of an RFC 6901 JSON pointer. */
export function escapePointerToken(token: string | number): string {
  if (typeof token === 'number') return String(token)
  return token.includes('~') || token.includes('/') ? token.replaceAll('~', '~0').replaceAll('/', '~1') : token
}

/** Builds a JSON pointer from a base pointer and further tokens. */
export function joinPointer(base: string, ...tokens: readonly (string | number)[]): string {
  let pointer = base
  for (const token of tokens) pointer += '/' + escapePointerToken(token)
  return pointer
}

/** Splits an RFC 6901 JSON pointer into its unescaped tokens. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
}
