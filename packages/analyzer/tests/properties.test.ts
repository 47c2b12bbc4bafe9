import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Diagnostic, analyzeFlow, rules } from '@fsflow/analyzer'
import { randomDocument, specialIds } from './arbitraries.js'

const ruleIds = new Set(rules.map((rule) => rule.name))

/** Fails unless every diagnostic has a known rule id, a severity of 1 or 2 and string message and path. */
function expectWellFormed(diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    expect(ruleIds.has(diagnostic.ruleId), diagnostic.ruleId).toBe(true)
    expect([1, 2]).toContain(diagnostic.severity)
    expect(typeof diagnostic.message).toBe('string')
    expect(diagnostic.message).not.toBe('')
    expect(typeof diagnostic.path).toBe('string')
    expect(diagnostic.path === '' || diagnostic.path.startsWith('/')).toBe(true)
    if (diagnostic.nodeId !== undefined) expect(typeof diagnostic.nodeId).toBe('string')
    expect(typeof diagnostic.messageId).toBe('string')
  }
}

/** What a finding says, without where: the same whatever the node order or document text. */
const said = (d: Diagnostic): string => JSON.stringify([d.ruleId, d.nodeId ?? null, d.message])
const sortedSaid = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map(said).sort()

// Random graphs: known edges, rendered in every shape FaceSign keeps targets in.
type Kind = 'conversation' | 'recognition' | 'field_condition' | 'external_call' | 'await' | 'permissions' | 'end'
const kinds: Kind[] = ['conversation', 'recognition', 'field_condition', 'external_call', 'await', 'permissions', 'end']

interface GraphFlow {
  /** Node 0 is the start node; `edges[v]` are the nodes v continues to, -1 for an id no node has. */
  readonly ids: readonly string[]
  readonly kinds: readonly ('start' | Kind)[]
  readonly edges: readonly (readonly number[])[]
  readonly flow: Record<string, unknown>[]
}

/** Renders a node of a kind whose outcomes name exactly `targets`. */
function render(kind: 'start' | Kind, id: string, targets: readonly string[], words: number): Record<string, unknown> {
  const at = (i: number): string => targets[i % targets.length]!
  switch (kind) {
    case 'start':
      return { id, type: 'start', outcome: at(0) }
    case 'end':
      return { id, type: 'end' }
    case 'conversation':
      return {
        id,
        type: 'conversation',
        prompt: `Say: ${Array.from({ length: words }, () => 'word').join(' ')}`,
        outcomes: targets.map((t, i) => ({ id: `o${i}`, condition: targets.length > 1 ? `The user chose ${i}` : '', targetNodeId: t })),
      }
    case 'recognition':
      return { id, type: 'recognition', outcomes: { recognized: at(0), newUser: at(1), noFace: at(2) } }
    case 'permissions':
      return { id, type: 'permissions', permissions: { camera: true }, outcomes: { permissionsGranted: at(0), permissionsDenied: at(1) } }
    case 'field_condition':
      return {
        id,
        type: 'field_condition',
        rules: targets.slice(0, -1).map((t) => ({ left: { source: 'providedData', field: 'plan' }, operator: 'exists', outcome: t })).concat(
          targets.length === 1 ? [{ left: { source: 'providedData', field: 'plan' }, operator: 'exists', outcome: at(0) }] : [],
        ),
        default: at(targets.length - 1),
      }
    case 'external_call':
      return { id, type: 'external_call', request: { url: 'https://example.com/hook' }, outcome: at(0) }
    case 'await':
      return {
        id,
        type: 'conversation',
        prompt: 'Say: One moment while I check.',
        outcomes: [{ id: 'next', condition: '', targetNodeId: at(0) }],
        awaitExternal: { exits: { onDataReady: at(0), onTimeout: at(1), onError: at(2) } },
      }
  }
}

/** The node indices a node's rendered outcomes name (external_call and start keep one outcome). */
function renderedEdges(kind: 'start' | Kind, targets: readonly number[]): number[] {
  if (kind === 'end') return []
  if (kind === 'start' || kind === 'external_call') return [targets[0]!]
  if (kind === 'recognition' || kind === 'await') return [0, 1, 2].map((i) => targets[i % targets.length]!)
  if (kind === 'permissions') return [0, 1].map((i) => targets[i % targets.length]!)
  return [...targets]
}

const graphFlow = (idPool: fc.Arbitrary<string>): fc.Arbitrary<GraphFlow> =>
  fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 20 })).chain((size) =>
    fc
      .record({
        ids: fc.uniqueArray(idPool, { minLength: size + 2, maxLength: size + 2 }),
        kinds: fc.array(fc.constantFrom(...kinds), { minLength: size, maxLength: size }),
        targets: fc.array(fc.array(fc.integer({ min: -1, max: size }), { minLength: 1, maxLength: 3 }), { minLength: size + 1, maxLength: size + 1 }),
        words: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: size + 1, maxLength: size + 1 }),
      })
      .map(({ ids, kinds: rest, targets, words }) => {
        const nodeIds = ids.slice(0, size + 1)
        const dangling = ids[size + 1]!
        const allKinds: ('start' | Kind)[] = ['start', ...rest]
        const edges = allKinds.map((kind, v) => renderedEdges(kind, targets[v]!))
        const flow = allKinds.map((kind, v) =>
          render(kind, nodeIds[v]!, targets[v]!.map((t) => (t === -1 ? dangling : nodeIds[t]!)), words[v]!),
        )
        return { ids: nodeIds, kinds: allKinds, edges, flow }
      }),
  )

const plainIds = fc.string({ minLength: 1, maxLength: 6 })
const trickyIds = fc.oneof(fc.constantFrom(...specialIds, 'a/b', '~0', ' '), plainIds)

/** Breadth-first search from node 0 over the edges that name a node. */
function bfs(edges: readonly (readonly number[])[], from: readonly number[]): boolean[] {
  const seen = edges.map(() => false)
  const queue = [...from]
  for (const v of from) seen[v] = true
  while (queue.length > 0) {
    const v = queue.shift()!
    for (const w of edges[v]!) {
      if (w >= 0 && !seen[w]) {
        seen[w] = true
        queue.push(w)
      }
    }
  }
  return seen
}

/** A random flow together with the same nodes in another order. */
const shuffledGraphFlow = graphFlow(trickyIds).chain((graph) =>
  fc.shuffledSubarray(graph.flow, { minLength: graph.flow.length, maxLength: graph.flow.length }).map((shuffled) => ({ ...graph, shuffled })),
)

describe('properties', () => {
  it('analyzeFlow never throws on any JSON value, and reports only well-formed diagnostics', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(analyzeFlow(value))
      }),
      { numRuns: 300 },
    )
  })

  it('analyzeFlow never throws on flows of random nodes with random fields', () => {
    fc.assert(
      fc.property(randomDocument, (document) => {
        expectWellFormed(analyzeFlow(document))
      }),
      { numRuns: 500 },
    )
  })

  it('reports as unreachable exactly the nodes a breadth-first search from start does not reach', () => {
    fc.assert(
      fc.property(graphFlow(trickyIds), ({ ids, edges, flow }) => {
        const seen = bfs(edges, [0])
        const expected = ids.filter((_, v) => !seen[v])
        const found = analyzeFlow(flow).filter((d) => d.ruleId === 'unreachable-node').map((d) => d.nodeId)
        expect(found.sort()).toEqual(expected.sort())
      }),
      { numRuns: 400 },
    )
  })

  it('reports no-path-to-end on exactly the reachable nodes that reach neither an end nor a dangling target', () => {
    fc.assert(
      fc.property(graphFlow(trickyIds), ({ ids, kinds: nodeKinds, edges, flow }) => {
        const reached = bfs(edges, [0])
        const reverse = edges.map((): number[] => [])
        edges.forEach((targets, v) => {
          for (const w of targets) if (w >= 0) reverse[w]!.push(v)
        })
        const finishing = edges.flatMap((targets, v) => (nodeKinds[v] === 'end' || targets.includes(-1) ? [v] : []))
        const canFinish = bfs(reverse, finishing)
        const expected = ids.filter((_, v) => reached[v] && !canFinish[v])
        const found = analyzeFlow(flow).filter((d) => d.ruleId === 'no-path-to-end').map((d) => d.nodeId)
        expect(found.sort()).toEqual(expected.sort())
      }),
      { numRuns: 400 },
    )
  })

  it('finds the same problems whatever the order of the nodes', () => {
    fc.assert(
      fc.property(shuffledGraphFlow, ({ flow, shuffled }) => {
        expect(sortedSaid(analyzeFlow(shuffled))).toEqual(sortedSaid(analyzeFlow(flow)))
        expect(sortedSaid(analyzeFlow({ flow: shuffled }))).toEqual(sortedSaid(analyzeFlow({ flow })))
      }),
      { numRuns: 1000 },
    )
  })

  it('treats __proto__, constructor, toString and hasOwnProperty like any other node id', () => {
    fc.assert(
      fc.property(graphFlow(fc.stringMatching(/^n[0-9]{1,3}$/)), fc.shuffledSubarray(specialIds, { minLength: 1 }), ({ ids, flow }, specials) => {
        const renamed = new Map(ids.map((id, v) => [id, specials[v] ?? id]))
        const rename = (id: unknown): unknown => (typeof id === 'string' ? (renamed.get(id) ?? id) : id)
        const renamedFlow = JSON.parse(
          JSON.stringify(flow, (key, value: unknown) => (['id', 'outcome', 'targetNodeId', 'default', 'recognized', 'newUser', 'noFace', 'permissionsGranted', 'permissionsDenied', 'onDataReady', 'onTimeout', 'onError'].includes(key) ? rename(value) : value)),
        ) as unknown
        const where = (d: Diagnostic): string => JSON.stringify([d.ruleId, d.nodeId ?? null, d.path])
        const expected = analyzeFlow(flow).map((d) => where({ ...d, nodeId: rename(d.nodeId) as string | undefined }))
        expect(analyzeFlow(renamedFlow).map(where).sort()).toEqual(expected.sort())
      }),
      { numRuns: 300 },
    )
  })
})

describe('ids named like properties of every object', () => {
  const chain = `[
    { "id": "start", "type": "start", "outcome": "__proto__" },
    { "id": "__proto__", "type": "conversation", "prompt": "Say: Hello.", "outcomes": [{ "id": "hasOwnProperty", "condition": "", "targetNodeId": "constructor" }] },
    { "id": "constructor", "type": "external_call", "request": { "url": "https://example.com" }, "outcome": "toString" },
    { "id": "toString", "type": "enter_email", "outcomes": { "emailEntered": "hasOwnProperty", "canceled": "hasOwnProperty" } },
    { "id": "hasOwnProperty", "type": "end" }
  ]`

  it('links nodes whose ids are __proto__, constructor, toString and hasOwnProperty like any others', () => {
    expect(analyzeFlow(JSON.parse(chain))).toEqual([])
    expect(analyzeFlow(JSON.parse(chain))).toEqual([])
  })

  it('reports a target named valueOf that no node has', () => {
    const diagnostics = analyzeFlow(JSON.parse(chain.replace('"outcome": "toString"', '"outcome": "valueOf"')))
    expect(diagnostics.map((d) => [d.ruleId, d.nodeId, d.path])).toEqual([
      ['dangling-target', 'constructor', '/2/outcome'],
      ['unreachable-node', 'toString', '/3'],
      ['unreachable-node', 'hasOwnProperty', '/4'],
    ])
  })

  it('reads __proto__ and constructor as outcome keys, and reports them when they name no node', () => {
    const text = chain.replace('"canceled": "hasOwnProperty"', '"canceled": "hasOwnProperty", "__proto__": "nowhere", "constructor": "hasOwnProperty"')
    const diagnostics = analyzeFlow(JSON.parse(text)).filter((d) => d.ruleId === 'dangling-target')
    expect(diagnostics.map((d) => [d.nodeId, d.path, d.message])).toEqual([
      ['toString', '/3/outcomes/__proto__', 'outcome "__proto__" of node "toString" points to "nowhere", but no node has that id'],
    ])
  })

  it('reports an awaitExternal exit named __proto__', () => {
    const node = { id: 'wait', type: 'conversation', prompt: 'Say: One moment.', outcomes: [{ id: 'o', condition: '', targetNodeId: 'end' }], awaitExternal: { exits: Object.fromEntries([['__proto__', 'gone']]) } }
    const flow = [{ id: 'start', type: 'start', outcome: 'wait' }, node, { id: 'end', type: 'end' }]
    expect(analyzeFlow(flow).filter((d) => d.ruleId === 'dangling-target').map((d) => d.path)).toEqual(['/1/awaitExternal/exits/__proto__'])
  })

  it('reports an id __proto__ used three times once', () => {
    const text = chain.replace('{ "id": "hasOwnProperty", "type": "end" }', '{ "id": "hasOwnProperty", "type": "end" }, { "id": "__proto__", "type": "end" }, { "id": "__proto__", "type": "end" }')
    expect(analyzeFlow(JSON.parse(text)).filter((d) => d.ruleId === 'duplicate-node-id').map((d) => [d.nodeId, d.path])).toEqual([['__proto__', '/5/id']])
  })

  it('reports duplicated outcome ids named hasOwnProperty', () => {
    const text = chain.replace('"outcomes": [{ "id": "hasOwnProperty", "condition": "", "targetNodeId": "constructor" }]', '"outcomes": [{ "id": "hasOwnProperty", "condition": "a", "targetNodeId": "constructor" }, { "id": "hasOwnProperty", "condition": "b", "targetNodeId": "constructor" }]')
    expect(analyzeFlow(JSON.parse(text)).filter((d) => d.ruleId === 'duplicate-outcome-id').map((d) => d.nodeId)).toEqual(['__proto__'])
  })

  it('does not take a node type named toString or constructor for a known type', () => {
    const text = chain.replace('"type": "external_call"', '"type": "toString"')
    const diagnostics = analyzeFlow(JSON.parse(text)).filter((d) => d.ruleId === 'invalid-schema')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.message).toContain('unknown node type "toString"')
  })
})

