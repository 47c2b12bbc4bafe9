import { describe, expect, it } from 'vitest'
import { BuilderCalls } from '../../src/flow-modules/builder-calls.js'

const none = new Set<string>()

// Line 3 holds three calls, as `flow().start().converse(...)` does; line 5 a call whose arguments span lines.
const source = `import { flow } from '@fsflow/builder'

export default flow().start().converse('welcome', 'Say: Welcome!').goto('nowhere')

export const recovery = flow()
  .start()
  .recognize('recognition', {
    recognized: 'next',
    newUser: (path) => path.converse('enroll', 'Say: Welcome!').end(),
    noFace: 'enroll',
  })
  .end()
`

const calls = BuilderCalls.parse('/flows/a.flow.ts', source)

describe('BuilderCalls.callSpan', () => {
  it('finds the call that takes the node id as its first argument, from its method name to its closing parenthesis', () => {
    expect(calls.callSpan(3, 40, { ids: ['welcome'], otherIds: none })).toEqual({ line: 3, column: 31, endLine: 3, endColumn: 67 })
  })

  it('spans a call whose arguments run over several lines', () => {
    expect(calls.callSpan(7, 3, { ids: ['recognition'], otherIds: none })).toEqual({ line: 7, column: 4, endLine: 11, endColumn: 5 })
  })

  it('spans the string the message is about when the call has it as an argument', () => {
    expect(calls.callSpan(3, 70, { ids: ['nowhere', 'welcome'], otherIds: none, target: 'nowhere' })).toEqual({
      line: 3,
      column: 73,
      endLine: 3,
      endColumn: 82,
    })
  })

  it('finds a target inside an object argument, but not inside a call of its own', () => {
    expect(calls.callSpan(7, 3, { ids: ['recognition'], otherIds: none, target: 'enroll' })).toEqual({ line: 10, column: 13, endLine: 10, endColumn: 21 })
  })

  it('without a call that takes the id, takes the call nearest the column among those that take no id', () => {
    expect(calls.callSpan(3, 50, { ids: ['start'], otherIds: new Set(['welcome']) })).toMatchObject({ column: 23, endColumn: 30 })
    expect(calls.callSpan(3, 1, { ids: [], otherIds: none })).toMatchObject({ column: 16, endColumn: 22 })
  })

  it('finds nothing on a line without calls', () => {
    expect(calls.callSpan(2, 1, { ids: ['welcome'], otherIds: none })).toBeUndefined()
  })
})

describe('BuilderCalls.exportSpan', () => {
  it('finds the default export and a named one', () => {
    expect(calls.exportSpan('default')).toMatchObject({ line: 3, column: 1 })
    expect(calls.exportSpan('recovery')).toEqual({ line: 5, column: 14, endLine: 5, endColumn: 22 })
  })

  it('finds an export named in an export list', () => {
    const list = BuilderCalls.parse('/flows/b.flow.ts', `const a = 1\nexport { a as recovery }\n`)
    expect(list.exportSpan('recovery')).toEqual({ line: 2, column: 10, endLine: 2, endColumn: 23 })
  })

  it('finds nothing for a name the module does not declare', () => {
    expect(calls.exportSpan('other')).toBeUndefined()
  })
})

describe('BuilderCalls.callSpan, given the argument that wrote the value', () => {
  const line = `chain.converse('ask', 'Ask.', { outcomes: [{ id: 'yes', when: 'a', to: 'next' }, { id: 'yes', when: 'b', to: 'yes' }] })`
  const twice = BuilderCalls.parse('/flows/c.flow.ts', `${line}\n`)
  const secondYes = line.indexOf("'yes'", line.indexOf("'yes'") + 1) + 1
  const wholeCall = { column: 7, endColumn: line.length + 1 }

  it('spans the string at that argument, not the first string of that value', () => {
    expect(twice.callSpan(1, 7, { ids: ['ask'], otherIds: none, target: 'yes', argument: [2, 'outcomes', 1, 'id'] })).toEqual({ line: 1, column: secondYes, endLine: 1, endColumn: secondYes + 5 })
  })

  it('spans the whole call when the argument holds no string literal', () => {
    expect(twice.callSpan(1, 7, { ids: ['ask'], otherIds: none, target: 'next', argument: [2, 'outcomes', 5, 'to'] })).toMatchObject(wholeCall)
  })

  it('without the argument, spans a value only when the call has it once', () => {
    expect(twice.callSpan(1, 7, { ids: ['ask'], otherIds: none, target: 'yes' })).toMatchObject(wholeCall)
  })
})
