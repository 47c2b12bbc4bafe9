import { describe, expect, it } from 'vitest'
import { moduleComments } from '../../src/suppressions/module-comments.js'

const texts = (source: string): string[] => moduleComments(source).map(({ text }) => text)

describe('moduleComments', () => {
  it('finds line and block comments with their places', () => {
    const source = "const a = 1 // one\n/* two\n three */ flow()\n"
    expect(moduleComments(source)).toEqual([
      { kind: 'line', text: ' one', line: 1, column: 13, endLine: 1, endColumn: 19 },
      { kind: 'block', text: ' two\n three ', line: 2, column: 1, endLine: 3, endColumn: 10 },
    ])
  })

  it('skips what only looks like a comment in strings and templates', () => {
    const source = "const a = '// no'\nconst b = \"/* no */\"\nconst c = `// no ${'/* no */'} // no`\n// yes\n"
    expect(texts(source)).toEqual([' yes'])
  })

  it('finds a comment inside a template expression', () => {
    expect(texts('const a = `x ${ /* yes */ 1 } y // no`')).toEqual([' yes '])
  })

  it('skips a regular expression that holds slashes, and still reads a division', () => {
    const source = "const a = /\\/\\/[/]no/u.test(x) // yes\nconst b = c / d // also\n"
    expect(texts(source)).toEqual([' yes', ' also'])
  })

  it('reads a regular expression after return as one', () => {
    expect(texts('function f() { return /\\/* no/ } // yes')).toEqual([' yes'])
  })

  it('leaves the carriage return of a Windows line out of a line comment', () => {
    expect(texts('// fsflow-disable-next-line\r\nflow()')).toEqual([' fsflow-disable-next-line'])
  })
})
