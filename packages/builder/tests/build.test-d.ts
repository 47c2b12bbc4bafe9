import { describe, expectTypeOf, it } from 'vitest'
import type { Flow } from '@fsflow/schema'
import { compile, diagnose, flow, locator, outcomeOf, session, type Path } from '@fsflow/builder'

const greeting = 'Say: Hi! I need to verify your identity. It only takes a few seconds, so let us get started. Ready?'

describe('a chain never ended', () => {
  const open = flow().start().converse('greeting', greeting)

  it('cannot be compiled', () => {
    // @ts-expect-error -- this chain was never ended: add .end() or .goto(id) before building it
    compile(open)
  })

  it('cannot be compiled when it is a sub-chain, ended or not: it is built with its flow', () => {
    const subFlow = (path: Path) => path.converse('bye', 'Say: Goodbye.').end()
    // @ts-expect-error -- this chain was never ended: add .end() or .goto(id) before building it
    compile(subFlow(undefined as unknown as Path))
  })

  it('cannot be built, nor put in a session, nor read outcomes from', () => {
    expectTypeOf(open).not.toHaveProperty('build')
    // @ts-expect-error -- a session takes a built flow
    session({ flow: open })
    // @ts-expect-error -- outcomeOf takes a built flow or session
    outcomeOf(undefined, open, 'greeting')
  })

  it('cannot be handed to the tools that lint built flows', () => {
    // @ts-expect-error -- diagnose takes a built flow or session
    diagnose(open)
    // @ts-expect-error -- locator takes a built flow or session
    locator(open)
  })

  it('compiles once ended, by .end() or .goto(id)', () => {
    expectTypeOf(compile(open.end())).toEqualTypeOf<Flow>()
    expectTypeOf(compile(open.goto('greeting'))).toEqualTypeOf<Flow>()
  })

  it('leaves compile open to values of unknown type, for tools', () => {
    const value: unknown = open
    expectTypeOf(compile(value)).toEqualTypeOf<unknown>()
  })
})
