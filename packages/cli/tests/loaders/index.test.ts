import { describe, expect, it } from 'vitest'
import { flowFileSuffixes, loaderFor, loaders } from '../../src/loaders/index.js'

describe('loaders', () => {
  it('searches folders for *.flow.json and TypeScript flow modules', () => {
    expect(flowFileSuffixes).toEqual(['.flow.json', '.flow.ts', '.flow.mts'])
  })

  it('loads *.flow.ts and *.flow.mts as TypeScript modules', () => {
    expect(loaderFor('/flows/a.flow.ts')).toBe(loaders['.flow.ts'])
    expect(loaderFor('/flows/a.flow.mts')).toBe(loaders['.flow.mts'])
  })

  it('loads a TypeScript file named otherwise as a module', () => {
    expect(loaderFor('/flows/recovery.ts')).toBe(loaders['.flow.ts'])
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
