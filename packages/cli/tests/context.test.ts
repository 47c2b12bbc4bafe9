import { describe, expect, it } from 'vitest'
import { wantsColor } from '../src/context.js'

const terminal = { isTTY: true }
const pipe = { isTTY: false }

describe('wantsColor', () => {
  it('colours a terminal', () => {
    expect(wantsColor(terminal, {})).toBe(true)
  })

  it('never colours a pipe or a file', () => {
    expect(wantsColor(pipe, {})).toBe(false)
    expect(wantsColor({}, {})).toBe(false)
  })

  it('does not colour a terminal when NO_COLOR is set', () => {
    expect(wantsColor(terminal, { NO_COLOR: '1' })).toBe(false)
  })

  it('ignores an empty NO_COLOR, as the convention says', () => {
    expect(wantsColor(terminal, { NO_COLOR: '' })).toBe(true)
  })

  it('colours any output when FORCE_COLOR is set, even with NO_COLOR', () => {
    expect(wantsColor(pipe, { FORCE_COLOR: '1' })).toBe(true)
    expect(wantsColor(pipe, { FORCE_COLOR: '' })).toBe(true)
    expect(wantsColor(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true)
  })

  it('turns colour off for FORCE_COLOR=0 or false, even on a terminal', () => {
    expect(wantsColor(terminal, { FORCE_COLOR: '0' })).toBe(false)
    expect(wantsColor(terminal, { FORCE_COLOR: 'false' })).toBe(false)
  })
})
