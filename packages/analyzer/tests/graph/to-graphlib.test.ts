import { describe, expect, it } from 'vitest'
import { Graph, alg } from '@dagrejs/graphlib'
import { toGraphlib } from '@fsflow/analyzer'
import { accountRecovery, closing, flowOf, say } from '../flows.js'

describe('toGraphlib', () => {
  const graph = toGraphlib(accountRecovery())

  it('returns a directed @dagrejs/graphlib multigraph', () => {
    expect(graph).toBeInstanceOf(Graph)
    expect(graph.isDirected()).toBe(true)
    expect(graph.isMultigraph()).toBe(true)
  })

  it('has one graph node per flow node, keyed by id and labelled with its type and the node', () => {
    expect(graph.nodes()).toEqual(accountRecovery().flow.map((node) => node.id))
    expect(graph.node('recognition')).toEqual({ type: 'recognition', node: accountRecovery().flow[2] })
  })

  it('has one edge per outcome, named and labelled by the outcome', () => {
    expect(graph.outEdges('liveness_known')).toEqual([
      { v: 'liveness_known', w: 'confirm_identity', name: 'livenessDetected' },
      { v: 'liveness_known', w: 'confirm_identity', name: 'deepfakeDetected' },
      { v: 'liveness_known', w: 'confirm_identity', name: 'noFace' },
    ])
    expect(graph.edge('start', 'greeting', 'outcome')).toEqual({ outcome: 'outcome' })
    expect(graph.edge('greeting', 'recognition', 'g1')).toEqual({ outcome: 'g1' })
  })

  it('keeps two outcomes to one target as two edges', () => {
    expect(graph.outEdges('recognition', 'liveness_new')).toEqual([
      { v: 'recognition', w: 'liveness_new', name: 'newUser' },
      { v: 'recognition', w: 'liveness_new', name: 'noFace' },
    ])
    expect(graph.edgeCount()).toBe(15)
  })

  it('works with graphlib\'s own algorithms', () => {
    expect(alg.isAcyclic(graph)).toBe(true)
    expect(alg.topsort(graph)[0]).toBe('start')
    expect(alg.dijkstra(graph, 'start').end?.distance).toBe(5)
  })

  it('reads a bare flow array and leaves out outcomes that name no node', () => {
    const bare = toGraphlib(flowOf(say('greeting', 'Hello.', 'closng'), closing('closing')))
    expect(bare.nodes()).toEqual(['start', 'greeting', 'closing', 'end'])
    expect(bare.outEdges('greeting')).toEqual([])
  })

  it('keeps the first of nodes that share an id', () => {
    const duplicated = toGraphlib(flowOf(say('bye', 'First.'), say('bye', 'Second.')))
    expect(duplicated.node('bye').node.prompt).toBe('Say: First.')
  })

  it('gives an empty graph for a document without a flow', () => {
    expect(toGraphlib({ nodes: [], edges: [] }).nodeCount()).toBe(0)
  })
})
