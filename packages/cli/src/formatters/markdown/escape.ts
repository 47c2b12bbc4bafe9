/**
 * The ASCII punctuation that GitHub's Markdown reads as syntax somewhere in a line: emphasis, code,
 * links, HTML and entities, math (`$`), mentions, autolinks (`:`), table cells (`|`). CommonMark lets
 * a backslash make each of them plain text.
 */
const syntax = /[\\`*_{}[\]()<>#+!|~&:@$^=]/g

/**
 * Text from a flow or a message, made plain for Markdown (a table cell, a heading): every mark of
 * syntax backslash-escaped, so nothing can open a link, code, emphasis or HTML, or end a
 * table cell; line breaks become spaces, so nothing can end the row.
 */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(syntax, '\\$&')
}

/** Text made plain for HTML, where Markdown is not read (a `<summary>`). */
export function htmlText(text: string): string {
  return text.replace(/\s+/g, ' ').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}
