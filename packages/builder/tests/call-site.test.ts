import { describe, expect, it } from 'vitest'
import { formatLocation } from '@fsflow/builder'
import { parseFrame } from '../src/call-site.js'

describe('call sites', () => {
  it('reads V8 stack frames with and without a function name, paths and file URLs', () => {
    expect(parseFrame('    at Cursor.converse (/work/flows/a.flow.ts:12:5)')).toEqual({ file: '/work/flows/a.flow.ts', line: 12, column: 5 })
    expect(parseFrame('    at file:///work/flows/my%20flow.ts:3:14')).toEqual({ file: '/work/flows/my flow.ts', line: 3, column: 14 })
    expect(parseFrame('    at build (/work/dir with space/b.ts:1:2)')).toEqual({ file: '/work/dir with space/b.ts', line: 1, column: 2 })
  })

  it('skips frames that are not in a file', () => {
    expect(parseFrame('    at node:internal/modules/esm/loader:123:4')).toBeUndefined()
    expect(parseFrame('    at new Promise (<anonymous>)')).toBeUndefined()
    expect(parseFrame('Error')).toBeUndefined()
  })

  it('formats a location as file:line:column, relative to the working directory when inside it', () => {
    expect(formatLocation({ file: '/work/flows/a.flow.ts', line: 12, column: 5 }, '/work')).toBe('flows/a.flow.ts:12:5')
    expect(formatLocation({ file: '/elsewhere/a.flow.ts', line: 1, column: 1 }, '/work')).toBe('/elsewhere/a.flow.ts:1:1')
  })
})
