import { describe, expectTypeOf, it } from 'vitest'
import type { NodeOfType } from '@fsflow/schema'
import { flow, type NodeIdOf, type NodeSettings, type OutcomeOf, type Path } from '@fsflow/builder'

const greeting = 'Say: Hi! I need to verify your identity. It only takes a few seconds, so let us get started. Ready?'
const chain = flow().start().converse('greeting', greeting)

describe('what the types catch', () => {
  it('leaving out an outcome of a branching node is a compile error', () => {
    // @ts-expect-error -- noFace is neither named nor covered by otherwise
    chain.recognize('recognition', { recognized: 'next', newUser: 'next' })
    // @ts-expect-error -- the two-factor outcomes are snake_case and all five are required
    chain.twoFactorSms('sms', { verified: 'next', deliveryFailed: 'end' })
  })

  it('otherwise covers the outcomes not named', () => {
    const open = chain.recognize('recognition', { recognized: 'next', otherwise: 'end' })
    expectTypeOf(open).toHaveProperty('converse')
    expectTypeOf(open).not.toHaveProperty('build')
  })

  it('liveness inconclusive is optional, as in the schema', () => {
    chain.liveness('liveness', { livenessDetected: 'next', deepfakeDetected: 'end', noFace: 'end' })
  })

  it('a key that is no outcome of the node type is a compile error', () => {
    // @ts-expect-error -- recognised is not an outcome of recognition
    chain.recognize('recognition', { recognised: 'next', otherwise: 'end' })
    // @ts-expect-error -- enter_email spells it canceled
    chain.enterEmail('email', { emailEntered: 'next', cancelled: 'end' })
  })

  it('settings are typed from the schema: required fields, enums and unknown keys', () => {
    // @ts-expect-error -- scanningMode is "single" or "automatic"
    chain.scanDocument('scan', { otherwise: 'next' }, { scanningMode: 'singel', allowedDocumentTypes: ['passport'] })
    // @ts-expect-error -- document_scan needs its settings
    chain.scanDocument('scan', { otherwise: 'next' })
    // @ts-expect-error -- face_scan has no "mode" any more
    chain.faceScan('selfie', { otherwise: 'next' }, { mode: 'liveness' })
    expectTypeOf<NodeSettings<'face_scan'>>().toEqualTypeOf<Omit<NodeOfType<'face_scan'>, 'id' | 'type' | 'outcomes'>>()
  })

  it('a conversation takes either one outcome or branches, not both', () => {
    // @ts-expect-error -- outcome and outcomes together
    chain.converse('ask', 'Say: Ready?', { outcome: 'ok', outcomes: [{ when: 'yes', to: 'next' }] })
  })

  it('a sub-flow must return its path', () => {
    // @ts-expect-error -- the callback returns nothing
    chain.enterEmail('email', { emailEntered: (path) => { path.end() }, canceled: 'next' })
  })

  it('a chain whose every route ended or jumped is a whole flow, and takes no more nodes', () => {
    const built = chain.recognize('recognition', { recognized: (path) => path.end(), newUser: 'greeting', noFace: 'greeting' })
    expectTypeOf(built).toHaveProperty('build')
    expectTypeOf(built).not.toHaveProperty('converse')
  })

  it('a chain that is still open cannot be built', () => {
    expectTypeOf(chain).not.toHaveProperty('build')
    expectTypeOf(chain).not.toHaveProperty('toJSON')
  })
})

describe('what the types know', () => {
  it("a built flow's type carries the union of its node ids, sub-flows included", () => {
    const built = chain
      .recognize('recognition', {
        recognized: (path) => path.liveness('liveness_known', { otherwise: 'next' }),
        newUser: (path) => path.converse('ask_name', "Say: What's your name?").end('done_new'),
        noFace: 'next',
      })
      .callExternal('notify', { url: 'https://example.com' })
      .end()
    expectTypeOf(built).toHaveProperty('build')
    expectTypeOf<NodeIdOf<typeof built>>().toEqualTypeOf<
      'start' | 'greeting' | 'recognition' | 'liveness_known' | 'ask_name' | 'done_new' | 'notify' | 'end'
    >()
  })

  it('a conversation has outcome done by default, or the ids given, or outcome_1… by position', () => {
    const built = flow()
      .start()
      .converse('a', 'Say: a')
      .converse('b', 'Say: b', { outcome: 'g1', when: 'User responded' })
      .converse('c', 'Ask for the email; give up after 3 attempts.', {
        outcomes: [
          { id: 'gave_email', when: 'The user gave an email', to: 'next' },
          { when: 'The user refused', to: 'next' },
        ],
      })
      .converse('d', 'Say: waiting', { awaitExternal: { exits: { onDataReady: 'next', onTimeout: 'next', onError: 'next' } } })
      .end()
    expectTypeOf(built).toHaveProperty('build')
    expectTypeOf<OutcomeOf<typeof built, 'a'>>().toEqualTypeOf<'done'>()
    expectTypeOf<OutcomeOf<typeof built, 'b'>>().toEqualTypeOf<'g1'>()
    expectTypeOf<OutcomeOf<typeof built, 'c'>>().toEqualTypeOf<'gave_email' | 'outcome_2'>()
    expectTypeOf<OutcomeOf<typeof built, 'd'>>().toEqualTypeOf<'done' | 'onDataReady' | 'onTimeout' | 'onError'>()
  })

  it('a shared sub-flow typed with Path keeps the ids it makes', () => {
    const confirmEmail = (path: Path) => path.enterEmail('email', { emailEntered: 'next', canceled: 'end' })
    const built = flow().start().pipe(confirmEmail).end()
    expectTypeOf(built).toHaveProperty('build')
    expectTypeOf<NodeIdOf<typeof built>>().toEqualTypeOf<'start' | 'email' | 'end'>()
    expectTypeOf<OutcomeOf<typeof built, 'email'>>().toEqualTypeOf<'emailEntered' | 'canceled'>()
  })

  it('branches made from a list keep one id per item', () => {
    const languages = ['en', 'es'] as const
    const built = flow()
      .start()
      .converse('pick', 'Ask which language the user prefers; after 3 attempts, continue in English.', {
        outcomes: languages.map((lang) => ({ id: lang, when: `The user chose ${lang}`, to: (path: Path) => path.converse(`greet_${lang}`, 'Say: hi') })),
      })
      .end()
    expectTypeOf(built).toHaveProperty('build')
    expectTypeOf<OutcomeOf<typeof built, 'pick'>>().toEqualTypeOf<'en' | 'es'>()
    expectTypeOf<NodeIdOf<typeof built>>().toEqualTypeOf<'start' | 'pick' | 'greet_en' | 'greet_es' | 'end'>()
  })
})

describe('sub-chains written on their own, and unknown fields', () => {
  it('knows the ids of a sub-chain written with also, before start, mid-chain and after the end', () => {
    const built = flow()
      .also((path) => path.converse('early', greeting).end())
      .start()
      .recognize('recognition', { recognized: 'next', otherwise: 'refused' })
      .also((path) => path.converse('middle', greeting).goto('recognition'))
      .end()
      .also((path) => path.converse('refused', greeting).end('bye', { placed: 'here' }))
    expectTypeOf<NodeIdOf<typeof built>>().toEqualTypeOf<'early' | 'start' | 'recognition' | 'middle' | 'end' | 'refused' | 'bye'>()
    expectTypeOf(built).toHaveProperty('build')
  })

  it('refuses an also whose sub-chain is left open, and a node after a closed chain still', () => {
    // @ts-expect-error -- the sub-chain is reached only by id, so it must end or jump
    chain.also((path) => path.converse('lost', greeting))
    // also does not reopen a closed flow
    expectTypeOf(chain.end().also((path) => path.end('other'))).not.toHaveProperty('converse')
  })

  it('takes unknownFields of any JSON, and places end nodes only here or last', () => {
    chain.recognize('recognition', { otherwise: 'next', recognized: 'end' }, { unknownFields: { owner: 'team', weight: 2 } }).end('end', { placed: 'here' })
    // @ts-expect-error -- placed is 'here' or 'last'
    chain.end('end', { placed: 'first' })
  })
})
