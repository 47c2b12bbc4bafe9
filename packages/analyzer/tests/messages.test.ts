import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeFlow, rules } from '@fsflow/analyzer'
import { nodeTypes } from '@fsflow/schema'

const examplesDir = new URL('../../../examples/', import.meta.url)
const docsDir = new URL('../../../docs/rules/', import.meta.url)

/** Half-written nodes of every type: no id, no outcomes, empty outcomes, outcomes without ids or targets. */
function halfWritten(): unknown[] {
  return nodeTypes.flatMap((type, i) => [
    { type },
    { id: `${type}_${i}`, type },
    { id: `${type}_empty`, type, outcomes: {}, outcome: {}, default: 7 },
    { id: `${type}_list`, type, prompt: 'Say: Thanks.', doesNotRequireReply: true, outcomes: [{ condition: 'The user agrees' }, {}], rules: [{}] },
    { id: `${type}_keyed`, type, outcomes: { livenessDetected: 'start', recognized: 'start', newUser: 'start', inconclusive: {} } },
    { id: `${type}_one`, type, prompt: 'Greet the user.', doesNotRequireReply: true, outcomes: [{ condition: 'The user agrees', targetNodeId: 'nowhere' }] },
  ])
}

/** Every flow the project ships or documents, and flows of half-written nodes: as text, as a linter reads them. */
function corpus(): string[] {
  const examples = readdirSync(examplesDir).filter((file) => file.endsWith('.json')).map((file) => readFileSync(new URL(file, examplesDir), 'utf8'))
  const documented = readdirSync(docsDir)
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) => [...readFileSync(new URL(file, docsDir), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] ?? ''))
  const nodes = halfWritten()
  return [
    ...examples,
    ...documented,
    JSON.stringify([{ id: 'start', type: 'start', outcome: 'x' }, ...nodes]),
    JSON.stringify({ flow: nodes, modules: [{}], initialPhrase: 1, finalPhrase: null }),
    JSON.stringify([{ type: 'start' }, { type: 'start' }, { id: 7 }, null, 'node']),
  ]
}

/** A documented block that is not JSON (an excerpt with `…`) is read as nothing: rules report on that too. */
function parsedOrNothing(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

describe('rule messages', () => {
  const messages = corpus().flatMap((text) => analyzeFlow(parsedOrNothing(text)).map((diagnostic) => `${diagnostic.ruleId}: ${diagnostic.message}`))

  it('never print a missing value as undefined, NaN or [object Object]', () => {
    expect(messages.filter((message) => /undefined|NaN|\[object Object\]|\{\{/.test(message))).toEqual([])
  })

  it('are checked on a corpus where most rules report', () => {
    const reporting = new Set(messages.map((message) => message.slice(0, message.indexOf(':'))))
    expect(reporting.size).toBeGreaterThanOrEqual(rules.length - 2)
  })
})
