import { describe, expect, it } from 'vitest'
import { compile, flow } from '@fsflow/builder'

const refused = { id: 'refused', type: 'conversation', prompt: 'Say: Sorry, we cannot go on.', doesNotRequireReply: true, outcomes: [{ id: 'done', condition: '', targetNodeId: 'end' }] }

describe('also: a sub-chain written on its own, reached only by id', () => {
  it('writes a shared ending after the chain that reaches it by id', () => {
    const built = flow()
      .start()
      .liveness('liveness', { livenessDetected: 'next', otherwise: 'refused' })
      .end()
      .also((path) => path.converse('refused', 'Say: Sorry, we cannot go on.', { doesNotRequireReply: true }).end())
    expect(built.build()).toEqual([
      { id: 'start', type: 'start', outcome: 'liveness' },
      { id: 'liveness', type: 'liveness_detection', outcomes: { livenessDetected: 'end', deepfakeDetected: 'refused', noFace: 'refused', inconclusive: 'refused' } },
      refused,
      { id: 'end', type: 'end' },
    ])
  })

  it('writes nodes before the start node when written before start()', () => {
    const built = flow()
      .also((path) => path.converse('refused', 'Say: Sorry, we cannot go on.', { doesNotRequireReply: true }).end())
      .start()
      .recognize('recognition', { recognized: 'next', otherwise: 'refused' })
      .end()
    expect(built.build().map((node) => node.id)).toEqual(['refused', 'start', 'recognition', 'end'])
  })

  it('leaves the chain open around it: the next node still takes the outcomes that said next', () => {
    const built = flow()
      .start()
      .recognize('recognition', { recognized: 'next', otherwise: 'refused' })
      .also((path) => path.converse('refused', 'Say: Sorry, we cannot go on.', { doesNotRequireReply: true }).end())
      .converse('welcome', 'Say: Welcome back!', { doesNotRequireReply: true })
      .end()
    const document = built.build()
    expect(document.map((node) => node.id)).toEqual(['start', 'recognition', 'refused', 'welcome', 'end'])
    expect(document[1]).toMatchObject({ outcomes: { recognized: 'welcome', newUser: 'refused', noFace: 'refused' } })
  })

  it('refuses a sub-chain left open, since nothing could continue it', () => {
    // @ts-expect-error -- the sub-chain must end or jump
    expect(() => flow().start().also((path) => path.converse('lost', 'Say: hello'))).toThrow(/must end: finish it with \.end\(\) or \.goto\(id\)/)
  })

  it('refuses a second start node', () => {
    const begun = flow()
    begun.start().end()
    expect(() => begun.start()).toThrow(/already continued/)
  })
})

describe('end nodes placed where they are written', () => {
  it('writes an end node placed here at that point, and links later chains that end there to it', () => {
    const built = flow()
      .start()
      .recognize('recognition', { recognized: (path) => path.end('end', { placed: 'here' }), otherwise: 'next' })
      .converse('bye', 'Say: Goodbye.', { doesNotRequireReply: true })
      .end()
    expect(built.build().map((node) => node.id)).toEqual(['start', 'recognition', 'end', 'bye'])
  })

  it('moves an end node used before to where it is placed', () => {
    const built = flow()
      .start()
      .recognize('recognition', { recognized: (path) => path.end(), otherwise: 'next' })
      .also((path) => path.end('end', { placed: 'here' }))
      .converse('bye', 'Say: Goodbye.', { doesNotRequireReply: true })
      .end()
    expect(built.build().map((node) => node.id)).toEqual(['start', 'recognition', 'end', 'bye'])
  })

  it('refuses to place one end node twice', () => {
    const chain = flow().start().recognize('recognition', { recognized: (path) => path.end('end', { placed: 'here' }), otherwise: 'next' })
    expect(() => chain.end('end', { placed: 'here' })).toThrow(/already placed/)
  })
})

describe('unknown fields', () => {
  it('writes fields FaceSign does not know into the node, on every kind of call', () => {
    const built = flow()
      .start('start', { unknownFields: { owner: 'team-a' } })
      .recognize('recognition', { recognized: 'next', otherwise: 'next' }, { unknownFields: { note: 1 } })
      .converse('ask', 'Say: Ready?', { outcomes: [{ id: 'yes', when: 'Ready', to: 'next', unknownFields: { weight: 2 } }], unknownFields: { tone: 'warm' } })
      .callExternal('notify', { url: 'https://example.com' }, { unknownFields: { retries: 3 } })
      .end('end', { unknownFields: { reason: 'done' } })
    expect(built.build()).toEqual([
      { id: 'start', type: 'start', owner: 'team-a', outcome: 'recognition' },
      { id: 'recognition', type: 'recognition', note: 1, outcomes: { recognized: 'ask', newUser: 'ask', noFace: 'ask' } },
      { id: 'ask', type: 'conversation', prompt: 'Say: Ready?', tone: 'warm', outcomes: [{ id: 'yes', condition: 'Ready', weight: 2, targetNodeId: 'notify' }] },
      { id: 'notify', type: 'external_call', request: { url: 'https://example.com' }, retries: 3, outcome: 'end' },
      { id: 'end', type: 'end', reason: 'done' },
    ])
  })

  it('refuses a field the schema knows, which its own setting types', () => {
    expect(() => flow().start().converse('ask', 'Say: Ready?', { unknownFields: { prompt: 'Say: Other' } })).toThrow(/"prompt" is a field FaceSign's schema knows/)
  })

  it('keeps numbers as written, -0 too', () => {
    const built = flow().start().faceScan('selfie', { passed: 'next', otherwise: 'next' }, { similarityThreshold: -0 }).end()
    expect(Object.is((compile(built)[1] as { similarityThreshold: number }).similarityThreshold, -0)).toBe(true)
  })
})
