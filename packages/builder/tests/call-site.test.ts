import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type SourceLocation, flow, formatLocation, sourceLocations, withCallSiteProvider } from '@fsflow/builder'
import { captureCallSite, parseFrame } from '../src/call-site.js'

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

describe('withCallSiteProvider', () => {
  it('places each builder call where the provider says, instead of the stack, while its function runs', () => {
    const site = (line: number): SourceLocation => ({ file: '/replayed/flow.ts', line, column: 3 })
    let next = 0
    const built = withCallSiteProvider(() => site(++next), () => flow().start().converse('greeting', 'Say: Hi').end())
    expect(Object.fromEntries(sourceLocations(built))).toEqual({ start: site(1), greeting: site(2), end: site(3) })
  })

  it('leaves the stack in charge again once its function returns, even when it throws', () => {
    expect(() => withCallSiteProvider(() => undefined, () => { throw new Error('replay failed') })).toThrow('replay failed')
    expect(captureCallSite()?.file).toBe(fileURLToPath(import.meta.url))
  })
})
