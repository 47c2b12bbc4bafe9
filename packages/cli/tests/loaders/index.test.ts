import { describe, expect, it } from 'vitest'
import { flowFileSuffixes, loaderFor, loaders } from '../../src/loaders/index.js'

describe('loaders', () => {
  it('searches folders for *.flow.json', () => {
    expect(flowFileSuffixes).toEqual(['.flow.json'])
  })

  it('reads a *.flow.json file as JSON', () => {
    expect(loaderFor('/flows/a.flow.json')).toBe(loaders['.flow.json'])
  })

  it('reads a file named otherwise by its extension', () => {
    expect(loaderFor('/flows/session.json')).toBe(loaders['.flow.json'])
  })

  it('reads a file of an unknown kind as JSON', () => {
    expect(loaderFor('/flows/flow.txt')).toBe(loaders['.flow.json'])
  })
})
