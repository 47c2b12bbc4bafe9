/** A file's text split into lines the way the JSON parser counts them (a BOM is not part of line 1). */
export function sourceLines(source: string): string[] {
  return (source.charCodeAt(0) === 0xfeff ? source.slice(1) : source).split(/\r\n|\r|\n/)
}
