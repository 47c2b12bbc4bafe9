import { describe, expect, it } from 'vitest'
import { readWorkerMessage } from '../../src/flow-modules/worker-protocol.js'

const site = { file: '/p/a.flow.ts', line: 3, column: 4 }

describe('readWorkerMessage', () => {
  it('rebuilds a loaded message from the fields it must have, dropping any other', () => {
    const builderProblems = { diagnostics: [], coveredPointers: ['/1/outcomes'] }
    const sent = { type: 'loaded', extra: 1, exports: [{ name: 'default', documentJson: '[]', nodeSites: [['start', { ...site, extra: true }]], builderProblems, more: 2 }] }
    expect(readWorkerMessage(sent)).toEqual({ type: 'loaded', exports: [{ name: 'default', documentJson: '[]', nodeSites: [['start', site]], builderProblems }] })
  })

  it('keeps the located diagnostics of a FlowBuildError, and the sites a locate request found', () => {
    const diagnostic = { ruleId: 'dangling-target', severity: 2, message: 'm', messageId: 'dangling', data: { target: 'b' }, path: '/1', nodeId: 'a', location: site }
    expect(readWorkerMessage({ type: 'threw', error: { name: 'FlowBuildError', message: 'm', stack: '', diagnostics: [diagnostic] } })).toEqual({
      type: 'threw',
      error: { name: 'FlowBuildError', message: 'm', stack: '', diagnostics: [diagnostic] },
    })
    const written = { location: site, argument: [2, 'outcomes', 1, 'to'] }
    expect(readWorkerMessage({ type: 'located', sites: [[written, { location: site }, null]] })).toEqual({ type: 'located', sites: [[written, { location: site }, null]] })
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
      { type: 'loaded', exports: [{ name: 'default', documentJson: '[]', nodeSites: [], builderProblems: { diagnostics: [] } }] },
      { type: 'located', sites: [[{ location: { file: 1, line: 1, column: 1 } }]] },
      { type: 'located', sites: [[{ location: site, argument: [-1] }]] },
    ]) {
      expect(readWorkerMessage(value)).toBeUndefined()
    }
  })
})
