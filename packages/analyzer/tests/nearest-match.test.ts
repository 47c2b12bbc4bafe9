import { describe, expect, it } from 'vitest'
import { editDistance, nearestMatch } from '@fsflow/analyzer'

describe('nearestMatch', () => {
  it('finds the word a typo most likely means: a letter dropped, swapped, added or changed', () => {
    expect(nearestMatch('closng', ['greeting', 'closing', 'end'])).toBe('closing')
    expect(nearestMatch('lnit', ['lint', 'build'])).toBe('lint')
    expect(nearestMatch('doesNotRequirReply', ['prompt', 'doesNotRequireReply', 'outcomes'])).toBe('doesNotRequireReply')
    expect(nearestMatch('--formt', ['--format', '--quiet'])).toBe('--format')
  })

  it('ignores case', () => {
    expect(nearestMatch('DoesNotRequireReply', ['doesNotRequireReply'])).toBe('doesNotRequireReply')
  })

  it('suggests nothing when no candidate is close, and never the word itself', () => {
    expect(nearestMatch('liveness_check', ['greeting', 'closing'])).toBeUndefined()
    expect(nearestMatch('a', ['end', 'b'])).toBeUndefined()
    expect(nearestMatch('', ['end'])).toBeUndefined()
    expect(nearestMatch('end', ['end'])).toBeUndefined()
  })

  it('prefers the closest candidate, then the first', () => {
    expect(nearestMatch('closin', ['closing_2', 'closing', 'closed'])).toBe('closing')
    expect(nearestMatch('node_7', ['node_1', 'node_2'])).toBe('node_1')
  })
})

describe('editDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('lnit', 'lint')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('stops past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3)
  })
})
