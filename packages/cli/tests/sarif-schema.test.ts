import { describe, expect, it } from 'vitest'
import { validSarif } from './sarif-schema.js'

const minimal = { version: '2.1.0', runs: [{ tool: { driver: { name: 'fsflow' } }, results: [] as unknown[] }] }

describe('validSarif', () => {
  it('accepts a report that follows the SARIF 2.1.0 schema', () => {
    expect(validSarif(JSON.stringify(minimal)).version).toBe('2.1.0')
  })

  it('rejects a result with a level SARIF does not have', () => {
    const report = { ...minimal, runs: [{ ...minimal.runs[0]!, results: [{ message: { text: 'x' }, level: 'fatal' }] }] }
    expect(() => validSarif(JSON.stringify(report))).toThrow('not valid SARIF')
  })

  it('rejects a region that starts at line 0', () => {
    const location = { physicalLocation: { artifactLocation: { uri: 'a' }, region: { startLine: 0 } } }
    const report = { ...minimal, runs: [{ ...minimal.runs[0]!, results: [{ message: { text: 'x' }, locations: [location] }] }] }
    expect(() => validSarif(JSON.stringify(report))).toThrow('not valid SARIF')
  })
})
