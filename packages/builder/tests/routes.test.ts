import { describe, expect, it } from 'vitest'
import { compile, flow, type Path } from '@fsflow/builder'

const greeting = 'Say: Hi! I need to verify your identity. It only takes a few seconds, so let us get started. Ready?'

/** Each node's id with the targets it names, for short assertions about wiring. */
function wiring(nodes: readonly object[]): Record<string, unknown> {
  return Object.fromEntries(
    nodes.map((node) => {
      const { id, outcomes, outcome } = node as { id: string; outcomes?: unknown; outcome?: unknown }
      if (Array.isArray(outcomes)) return [id, outcomes.map((o: { targetNodeId: string }) => o.targetNodeId)]
      return [id, outcomes ?? outcome ?? null]
    }),
  )
}

describe('routes', () => {
  it('a node id routes the outcome to that node, even one written later', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .recognize('recognition', { recognized: 'welcome_back', newUser: 'next', noFace: 'next' })
      .converse('welcome_back', 'Say: Welcome back!', { doesNotRequireReply: true })
      .end()
    expect(wiring(built.build()).recognition).toEqual({ recognized: 'welcome_back', newUser: 'welcome_back', noFace: 'welcome_back' })
  })

  it("'next' routes the outcome to the next node the chain adds", () => {
    const built = flow().start().enterEmail('email', { emailEntered: 'next', canceled: 'end' }).converse('thanks', 'Say: Thanks!').end()
    expect(wiring(built.build()).email).toEqual({ emailEntered: 'thanks', canceled: 'end' })
  })

  it('a sub-flow continues from its outcome and rejoins the chain after the branching node', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .recognize('recognition', {
        recognized: (path) => path.liveness('liveness_known', { otherwise: 'next' }),
        newUser: (path) => path.liveness('liveness_new', { otherwise: 'next' }).converse('ask_name', "Say: What's your name?"),
        noFace: 'liveness_new',
      })
      .converse('closing', 'Say: Thanks, goodbye!', { doesNotRequireReply: true })
      .end()
    const wired = wiring(built.build())
    expect(wired.recognition).toEqual({ recognized: 'liveness_known', newUser: 'liveness_new', noFace: 'liveness_new' })
    expect(wired.liveness_known).toEqual({ livenessDetected: 'closing', deepfakeDetected: 'closing', noFace: 'closing', inconclusive: 'closing' })
    expect(wired.ask_name).toEqual(['closing'])
  })

  it('a sub-flow that ends does not rejoin the chain', () => {
    const built = flow()
      .start()
      .enterEmail('email', { emailEntered: 'next', canceled: (path) => path.converse('bye', 'Say: Goodbye!').end('cancelled') })
      .converse('thanks', 'Say: Thanks!')
      .end()
    const wired = wiring(built.build())
    expect(wired.bye).toEqual(['cancelled'])
    expect(wired.thanks).toEqual(['end'])
  })

  it('goto closes a chain by linking it to a node by id, which makes loops', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .faceScan('selfie', {
        passed: 'next',
        notPassed: (path) => path.converse('retry', 'Say: Let us try that once more.').goto('selfie'),
        otherwise: 'end',
      })
      .end()
    expect(wiring(built.build()).retry).toEqual(['selfie'])
  })

  it('otherwise routes every outcome not named, liveness inconclusive included', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .liveness('liveness', { livenessDetected: 'next', otherwise: 'end' })
      .converse('ok', 'Say: Thanks!')
      .end()
    expect(wiring(built.build()).liveness).toEqual({ livenessDetected: 'ok', deepfakeDetected: 'end', noFace: 'end', inconclusive: 'end' })
  })

  it('otherwise with a sub-flow sends every outcome not named into that one path', () => {
    const built = flow()
      .start()
      .twoFactorSms('sms', { verified: 'next', otherwise: (path) => path.converse('sms_failed', 'Say: That did not work.').end() })
      .end()
    const wired = wiring(built.build())
    expect(wired.sms).toEqual({ verified: 'end', delivery_failed: 'sms_failed', failed_unverified: 'sms_failed', cancelled: 'sms_failed', error: 'sms_failed' })
  })

  it('branches nested in a sub-flow rejoin the chain of the outermost branching node', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .recognize('recognition', {
        recognized: (path) => path.liveness('liveness', { livenessDetected: 'next', otherwise: (inner) => inner.converse('suspicious', 'Say: Hmm.') }),
        otherwise: 'next',
      })
      .converse('closing', 'Say: Bye!', { doesNotRequireReply: true })
      .end()
    const wired = wiring(built.build())
    expect(wired.liveness).toMatchObject({ livenessDetected: 'closing', noFace: 'suspicious' })
    expect(wired.suspicious).toEqual(['closing'])
    expect(wired.recognition).toEqual({ recognized: 'liveness', newUser: 'closing', noFace: 'closing' })
  })

  it('pipe continues the chain with a shared sub-flow, a function that takes a path and returns it', () => {
    const confirmEmail = (path: Path) =>
      path.enterEmail('email', { emailEntered: 'next', canceled: 'end' }).twoFactorEmail('email_code', { verified: 'next', otherwise: 'end' })
    const built = flow().start().pipe(confirmEmail).converse('done_talking', 'Say: Verified!').end()
    expect(built.build().map((node) => node.id)).toEqual(['start', 'email', 'email_code', 'done_talking', 'end'])
    expect(wiring(built.build()).email_code).toMatchObject({ verified: 'done_talking' })
  })

  it('a sub-flow written once serves many outcomes when it takes the ids it makes', () => {
    const languages = ['en', 'es', 'de'] as const
    const greetIn = (lang: (typeof languages)[number]) => (path: Path) => path.converse(`greet_${lang}`, `Say: (${lang}) Welcome!`)
    const built = flow()
      .start()
      .converse('pick_language', 'Ask which language the user prefers; if no answer after 3 attempts, continue in English.', {
        outcomes: languages.map((lang) => ({ id: lang, when: `The user chose ${lang}`, to: greetIn(lang) })),
      })
      .end()
    expect(wiring(built.build())).toMatchObject({ pick_language: ['greet_en', 'greet_es', 'greet_de'], greet_es: ['end'] })
  })
})

describe('mistakes caught when the node is written', () => {
  it('sub-flows of awaitExternal exits write their nodes in the order the exits were written', () => {
    const built = flow()
      .start()
      .converse('lookup', 'Say: One moment while I look up your account.', {
        awaitExternal: {
          exits: {
            onError: (path) => path.converse('failed', 'Say: Something went wrong.', { doesNotRequireReply: true }).end(),
            onTimeout: (path) => path.converse('slow', 'Say: This is taking too long.', { doesNotRequireReply: true }).end(),
            onDataReady: 'next',
          },
        },
      })
      .end()
    expect(built.build().map((node) => node.id)).toEqual(['start', 'lookup', 'failed', 'slow', 'end'])
  })

  it('a conversation writes the nodes of its exits before those of its branches when awaitExternal is written first', () => {
    const built = flow()
      .start()
      .converse('lookup', 'Say: One moment while I look up your account.', {
        awaitExternal: { exits: { onDataReady: 'next', onTimeout: (path) => path.converse('slow', 'Say: Too slow.', { doesNotRequireReply: true }).end(), onError: 'slow' } },
        outcomes: [{ id: 'found', when: 'The account was found', to: (path) => path.converse('found_it', 'Say: Found it.', { doesNotRequireReply: true }).end() }],
      })
      .end()
    expect(built.build().map((node) => node.id)).toEqual(['start', 'lookup', 'slow', 'found_it', 'end'])
  })

  it('a field condition writes the nodes of otherwise before those of its rules when otherwise is written first', () => {
    const built = flow()
      .start()
      .fieldCondition('by_country', {
        otherwise: (path) => path.converse('elsewhere', 'Say: We do not serve your country yet.', { doesNotRequireReply: true }).end(),
        rules: [{ left: { source: 'providedData', field: 'country' }, operator: 'exists', to: (path) => path.converse('known', 'Say: Thanks.') }],
      })
      .end()
    expect(built.build().map((node) => node.id)).toEqual(['start', 'by_country', 'elsewhere', 'known', 'end'])
  })

  it('a route key that is no outcome of the node type throws, naming the outcomes', () => {
    const chain = flow().start()
    const routes = { recognised: 'next', otherwise: 'next' }
    // @ts-expect-error -- the mistake under test; the types reject it too
    expect(() => chain.recognize('recognition', routes)).toThrow(/"recognised" is not an outcome of recognition; its outcomes are recognized, newUser, noFace/)
  })

  it('an otherwise with nothing left to cover throws', () => {
    expect(() => flow().start().recognize('recognition', { recognized: 'next', newUser: 'next', noFace: 'next', otherwise: 'x' })).toThrow(
      /"otherwise" covers nothing/,
    )
  })

  it('continuing one chain twice throws, naming where it was first continued', () => {
    const chain = flow().start()
    chain.converse('a', 'Say: one')
    expect(() => chain.converse('b', 'Say: two')).toThrow(/already continued at packages\/builder\/tests\/routes\.test\.ts:\d+:\d+/)
  })

  it('a sub-flow that returns something other than its own path throws', () => {
    const other = flow().start()
    expect(() => flow().start().enterEmail('email', { emailEntered: () => other, canceled: 'next' })).toThrow(/must return the path it was given/)
  })

  it('a sub-flow that returns its path after continuing it throws', () => {
    const sloppy = (path: Path) => {
      path.converse('lost', 'Say: this node is written but the path is returned unchanged')
      return path
    }
    expect(() => flow().start().pipe(sloppy)).toThrow(/returned a path it had already continued/)
  })

  it('a node may be named "next": a route "next" still continues the chain, and goto reaches the node', () => {
    const built = flow()
      .start()
      .converse('next', 'Say: hi', { outcomes: [{ id: 'again', when: 'The user asks again', to: (path) => path.goto('next') }, { id: 'on', when: '', to: 'next' }] })
      .end()
    expect(compile(built, { check: false })).toEqual([
      { id: 'start', type: 'start', outcome: 'next' },
      { id: 'next', type: 'conversation', prompt: 'Say: hi', outcomes: [{ id: 'again', condition: 'The user asks again', targetNodeId: 'next' }, { id: 'on', condition: '', targetNodeId: 'end' }] },
      { id: 'end', type: 'end' },
    ])
  })

  it('a sub-flow cannot be built on its own', () => {
    let captured: unknown
    flow()
      .start()
      .enterEmail('email', {
        emailEntered: (path) => {
          captured = path
          return path
        },
        canceled: 'next',
      })
    expect(() => JSON.stringify(captured)).toThrow(/a sub-flow is built with the flow it belongs to/)
  })
})
