import { describe, expect, it } from 'vitest'
import { readWorkerMessage } from '../../src/flow-modules/worker-protocol.js'

const site = { file: '/p/a.flow.ts', line: 3, column: 4 }

describe('readWorkerMessage', () => {
  it('rebuilds a loaded message from the fields it must have, dropping any other', () => {
    const sent = { type: 'loaded', extra: 1, exports: [{ name: 'default', documentJson: '[]', nodeSites: [['start', { ...site, extra: true }]], more: 2 }] }
    expect(readWorkerMessage(sent)).toEqual({ type: 'loaded', exports: [{ name: 'default', documentJson: '[]', nodeSites: [['start', site]] }] })
  })

  it('keeps the located diagnostics of a FlowBuildError, and the sites a locate request found', () => {
    const diagnostic = { ruleId: 'dangling-target', severity: 2, message: 'm', path: '/1', nodeId: 'a', location: site }
    expect(readWorkerMessage({ type: 'threw', error: { name: 'FlowBuildError', message: 'm', stack: '', diagnostics: [diagnostic] } })).toEqual({
      type: 'threw',
      error: { name: 'FlowBuildError', message: 'm', stack: '', diagnostics: [diagnostic] },
    })
    expect(readWorkerMessage({ type: 'located', sites: [[site, null]] })).toEqual({ type: 'located', sites: [[site, null]] })
  })

  it('refuses anything of another shape', () => {
    for (const value of [
      null,
      'loaded',
      [],
      { type: 'done' },
      { type: 'loaded', exports: {} },
      { type: 'loaded', exports: [{ name: 'default', documentJson: [], nodeSites: [] }] },
      { type: 'loaded', exports: [{ name: 'default', documentJson: '[]', nodeSites: [['start', { ...site, line: 0 }]] }] },
      { type: 'threw', error: { name: 'Error', message: 'm' } },
      { type: 'threw', error: { name: 'FlowBuildError', message: 'm', stack: '', diagnostics: [{ ruleId: 'x', severity: 3, message: 'm', path: '' }] } },
      { type: 'exiting' },
      { type: 'located', sites: [[{ file: 1, line: 1, column: 1 }]] },
    ]) {
      expect(readWorkerMessage(value)).toBeUndefined()
    }
  })
})
