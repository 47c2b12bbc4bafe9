import { flow, session } from '@fsflow/builder'
import { describe, expect, it } from 'vitest'
import { flowExportsOf } from '../../src/flow-modules/flow-exports.js'

const greeting = () => flow().start().converse('closing', 'Say: Thank you, you are all set.', { doesNotRequireReply: true }).end()

describe('flowExportsOf', () => {
  it('takes the flows and sessions among the exports, the default first, then by name', () => {
    const [a, b, c] = [greeting(), greeting(), greeting()]
    const body = session({ clientReferenceId: 'user-1', flow: c })
    expect(flowExportsOf({ zeta: a, alpha: b, default: body }).map(({ name }) => name)).toEqual(['default', 'alpha', 'zeta'])
  })

  it('leaves out what is not a built flow: strings, plain flow JSON, functions', () => {
    expect(flowExportsOf({ prompt: 'Say: Hi', json: [{ id: 'start', type: 'start' }], greeting, nothing: undefined })).toEqual([])
  })

  it('takes a flow exported under several names once, under the first name', () => {
    const value = greeting()
    expect(flowExportsOf({ default: value, recovery: value })).toEqual([{ name: 'default', value }])
  })

  it('leaves a flow exported beside a session built around it to the session', () => {
    const recoveryFlow = greeting()
    const body = session({ clientReferenceId: 'user-1', flow: recoveryFlow })
    expect(flowExportsOf({ default: body, recoveryFlow })).toEqual([{ name: 'default', value: body }])
  })
})
