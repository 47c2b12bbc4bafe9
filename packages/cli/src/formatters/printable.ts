/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC opens ANSI sequences, a line
 * feed could print a fake summary line), DEL, C1 controls, line and paragraph separators and the
 * marks and overrides that reorder text.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unprintable = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

/**
 * `text` as it can be shown in a terminal: a C0 control becomes its Unicode control picture (`␊`,
 * `␛`), DEL `␡`, any other unprintable character `�`. One character stands for one, so that columns
 * and carets under the text still line up. Tabs stay when `keepTabs` (code frames align under them).
 */
export function printable(text: string, keepTabs = false): string {
  return text.replace(unprintable, (character) => {
    const code = character.charCodeAt(0)
    if (code === 0x09 && keepTabs) return character
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    return code === 0x7f ? '\u2421' : '\ufffd'
  })
}

/** `text` cut to at most `max` characters, keeping its start and its end around a `…`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const head = Math.ceil((max - 1) * 2 / 3)
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`
}
