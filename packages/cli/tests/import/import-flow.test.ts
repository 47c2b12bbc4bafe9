import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { analyzeFlow } from '@fsflow/analyzer'
import { describe, expect, it } from 'vitest'
import { ImportError, importFlow } from '../../src/import/import-flow.js'
import { buildModule } from './round-trip.js'

const root = fileURLToPath(new URL('../../../../', import.meta.url))

/** Every JSON example of the repository: the example flows, and each ```json block of docs/rules. */
function jsonExamples(): { name: string; document: unknown }[] {
  const examples = readdirSync(`${root}examples`)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ name: `examples/${file}`, document: JSON.parse(readFileSync(`${root}examples/${file}`, 'utf8')) as unknown }))
  for (const file of readdirSync(`${root}docs/rules`).filter((name) => name.endsWith('.md'))) {
    const blocks = [...readFileSync(`${root}docs/rules/${file}`, 'utf8').matchAll(/^```json\n([\s\S]*?)^```$/gm)]
    blocks.forEach((block, index) => {
      // invalid-json's example is not JSON, on purpose.
      if (file !== 'invalid-json.md' || index > 0) examples.push({ name: `docs/rules/${file} #${index + 1}`, document: JSON.parse(block[1]!) as unknown })
    })
  }
  return examples
}

/** Rules whose ❌ examples the builder cannot write: nodes the schema rejects, two start nodes, legacy modules, no flow array. */
const unwritable = new Set(['invalid-schema', 'missing-outcome', 'start-node', 'flow-and-modules', 'legacy-shape'])

async function roundTrip(document: unknown): Promise<unknown> {
  return buildModule(importFlow(document))
}

describe('importFlow on the repository JSON examples', () => {
  it.each(jsonExamples())('$name imports, and builds back to the same document, or is refused for what the builder cannot write', async ({ document }) => {
    let code: string
    try {
      code = importFlow(document)
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError)
      const ruleIds = analyzeFlow(document).map((diagnostic) => diagnostic.ruleId)
      const isUnwritable = ruleIds.some((id) => unwritable.has(id)) || !(Array.isArray(document) || Array.isArray((document as { flow?: unknown }).flow))
      expect(isUnwritable, (error as Error).message).toBe(true)
      return
    }
    expect(await buildModule(code)).toStrictEqual(document)
  })
})

const ending = { id: 'end', type: 'end' }
const refused = { id: 'refused', type: 'conversation', prompt: 'Say: Sorry.', doesNotRequireReply: true, outcomes: [{ id: 'done', condition: '', targetNodeId: 'end' }] }

describe('importFlow writes code as the docs write it', () => {
  it('writes a linear run as chained calls with the default outcome left out', () => {
    const code = importFlow([
      { id: 'start', type: 'start', outcome: 'greeting' },
      { id: 'greeting', type: 'conversation', prompt: 'Say: Hi!', outcomes: [{ id: 'done', condition: '', targetNodeId: 'end' }] },
      ending,
    ])
    expect(code).toContain("flow()\n.start()\n.converse('greeting', 'Say: Hi!')\n.end()")
  })

  it("writes a shared ending reached by id after the chain, with also, and routes the outcomes that go there with otherwise", async () => {
    const document = [
      { id: 'start', type: 'start', outcome: 'liveness' },
      { id: 'liveness', type: 'liveness_detection', outcomes: { livenessDetected: 'code', deepfakeDetected: 'refused', noFace: 'refused', inconclusive: 'refused' } },
      { id: 'code', type: 'two_factor_email', outcomes: { verified: 'closing', delivery_failed: 'refused', failed_unverified: 'refused', cancelled: 'refused', error: 'refused' } },
      { ...refused, id: 'closing' },
      refused,
      ending,
    ]
    const code = importFlow(document)
    expect(code).toContain(".liveness('liveness', { livenessDetected: 'next', otherwise: 'refused' })\n.twoFactorEmail('code', { verified: 'next', otherwise: 'refused' })")
    expect(code).toContain(".end()\n.also((path) =>\npath\n.converse('refused'")
    expect(await buildModule(code)).toStrictEqual(document)
  })

  it('writes a jump back as goto', () => {
    const code = importFlow([
      { id: 'start', type: 'start', outcome: 'ask' },
      { id: 'ask', type: 'conversation', prompt: 'Say: Ready?', outcomes: [{ id: 'done', condition: '', targetNodeId: 'ask' }] },
    ])
    expect(code).toContain(".converse('ask', 'Say: Ready?')\n.goto('ask')")
  })

  it('writes a dangling target as a goto to that id, so the import shows the same problem', async () => {
    const document = [
      { id: 'start', type: 'start', outcome: 'closng' },
      ending,
    ]
    const code = importFlow(document)
    expect(code).toContain(".start()\n.goto('closng')\n.also(")
    expect(analyzeFlow(await roundTrip(document)).map((diagnostic) => diagnostic.ruleId)).toContain('dangling-target')
  })
})

describe('importFlow keeps every field exactly', () => {
  it('keeps numbers such as -0 and 1e21 as they are', async () => {
    const document = [
      { id: 'start', type: 'start', outcome: 'selfie', weight: 1e21 },
      { id: 'selfie', type: 'face_scan', similarityThreshold: -0, outcomes: { passed: 'end', notPassed: 'end', cancelled: 'end', error: 'end' } },
      ending,
    ]
    const built = (await roundTrip(document)) as { similarityThreshold?: number; weight?: number }[]
    expect(Object.is(built[1]!.similarityThreshold, -0)).toBe(true)
    expect(built[0]!.weight).toBe(1e21)
  })

  it('keeps prompts with quotes, backticks, template holes, backslashes and characters beyond the BMP', async () => {
    const prompt = "Say: it's `${name}` \\ \"quoted\" 😀\u2028 next line\n"
    const document = [{ id: 'start', type: 'start', outcome: 'ask' }, { id: 'ask', type: 'conversation', prompt, outcomes: [{ id: 'done', condition: '', targetNodeId: 'end' }] }, ending]
    expect(await roundTrip(document)).toStrictEqual(document)
  })

  it('keeps fields FaceSign does not know, on nodes, outcomes, rules and inside settings', async () => {
    const document = [
      { id: 'start', type: 'start', outcome: 'route', owner: 'team-a' },
      {
        id: 'route',
        type: 'field_condition',
        rules: [{ left: { source: 'providedData', field: 'country', hint: 'ISO' }, operator: 'exists', outcome: 'notify', weight: 2 }],
        default: 'end',
        note: null,
      },
      { id: 'notify', type: 'external_call', request: { url: 'https://example.com', retries: 3 }, outcome: 'end' },
      ending,
    ]
    expect(await roundTrip(document)).toStrictEqual(document)
  })

  it('keeps ids the builder gives a meaning to, next and end, and ids that are no identifiers', async () => {
    const document = [
      { id: 'start', type: 'start', outcome: 'next' },
      { id: 'next', type: 'conversation', prompt: 'Say: Hi', outcomes: [{ id: 'again', condition: 'Again', targetNodeId: 'next' }, { id: 'on', condition: '', targetNodeId: 'end' }] },
      { id: 'end', type: 'conversation', prompt: 'Say: Not an end node', outcomes: [{ id: 'done', condition: '', targetNodeId: 'the end' }] },
      { id: 'the end', type: 'end' },
    ]
    expect(await roundTrip(document)).toStrictEqual(document)
  })

  it('keeps any node order: end nodes first, the start node last, nodes nobody reaches', async () => {
    const document = [
      ending,
      { id: 'orphan', type: 'recognition', outcomes: { recognized: 'end', newUser: 'start', noFace: 'nowhere' } },
      refused,
      { id: 'start', type: 'start', outcome: 'refused' },
    ]
    expect(await roundTrip(document)).toStrictEqual(document)
  })

  it('keeps two nodes that share an id, which fsflow lint then reports', async () => {
    const document = [
      { id: 'start', type: 'start', outcome: 'ask' },
      { id: 'ask', type: 'conversation', prompt: 'Say: One', outcomes: [{ id: 'done', condition: '', targetNodeId: 'ask' }] },
      { id: 'ask', type: 'conversation', prompt: 'Say: Two', outcomes: [{ id: 'done', condition: '', targetNodeId: 'end' }] },
      ending,
    ]
    expect(await roundTrip(document)).toStrictEqual(document)
  })

  it('writes a session body as session() around the flow, its settings in their order', async () => {
    const document = { clientReferenceId: 'user-1', flow: [{ id: 'start', type: 'start', outcome: 'end' }, ending], metadata: { plan: 'gold' }, futureSetting: true }
    const code = importFlow(document)
    expect(code).toContain("export default session({ clientReferenceId: 'user-1', flow: verificationFlow, metadata: { plan: 'gold' }, futureSetting: true })")
    expect(await buildModule(code)).toStrictEqual(document)
  })
})

describe('importFlow on large flows', () => {
  it('imports a flow of 2,000 nodes, branching every third node, and builds it back', async () => {
    const nodes: Record<string, unknown>[] = [{ id: 'start', type: 'start', outcome: 'n0' }]
    for (let i = 0; i < 2000; i++) {
      const next = i + 1 < 2000 ? `n${i + 1}` : 'end'
      nodes.push(
        i % 3 === 0
          ? { id: `n${i}`, type: 'recognition', outcomes: { recognized: next, newUser: `n${i + 2}`, noFace: 'refused' } }
          : { id: `n${i}`, type: 'conversation', prompt: `Say: step ${i}`, outcomes: [{ id: 'done', condition: '', targetNodeId: next }] },
      )
    }
    nodes.push({ ...refused }, ending)
    expect(await roundTrip(nodes)).toStrictEqual(nodes)
  }, 60_000)
})

describe('importFlow refuses what the builder cannot write, naming the node', () => {
  it('refuses a node of no FaceSign type', () => {
    expect(() => importFlow([{ id: 'start', type: 'start', outcome: 'x' }, { id: 'x', type: 'teleport' }])).toThrow(
      new ImportError('node "x" has type "teleport", which is no FaceSign node type: the builder cannot write it', '/1'),
    )
  })

  it('refuses a node its schema rejects', () => {
    expect(() => importFlow([{ id: 'start', type: 'start', outcome: 'r' }, { id: 'r', type: 'recognition', outcomes: { recognized: 'end' } }])).toThrow(/node "r" does not match FaceSign's schema of recognition/)
  })

  it('refuses a second start node', () => {
    expect(() => importFlow([{ id: 'start', type: 'start', outcome: 'end' }, { id: 'again', type: 'start', outcome: 'end' }, ending])).toThrow(/node "again" is a second start node/)
  })

  it('refuses a field named __proto__, which an object literal cannot write as a field', () => {
    const document = JSON.parse('{ "flow": [{ "id": "start", "type": "start", "outcome": "end" }], "metadata": { "__proto__": { "x": 1 } } }') as unknown
    expect(() => importFlow(document)).toThrow(new ImportError('the field at /metadata named "__proto__" cannot be written by builder code as a field', '/metadata'))
  })

  it('refuses a document that holds no flow array', () => {
    expect(() => importFlow({ nodes: [], edges: [] })).toThrow(/expected a flow/)
  })
})
