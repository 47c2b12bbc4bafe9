import { describe, expect, it } from 'vitest'
import { arrowsOf, flowDiagram, groupedDiagram, legendOf, nodeProblemsOf } from '../../src/graph/flow-diagram.js'

const retry = [
  { id: 'start', type: 'start', outcome: 'face' },
  { id: 'face', type: 'liveness_detection', outcomes: { livenessDetected: 'done', deepfakeDetected: 'done', noFace: 'face', inconclusive: 'done' } },
  { id: 'done', type: 'end' },
  { id: 'old_greeting', type: 'conversation', prompt: 'Say: Hello.', outcomes: [{ id: 'next', condition: '', targetNodeId: 'face' }] },
]

describe('flowDiagram', () => {
  it('marks the nodes that the start node never leads to', () => {
    const unreachable = flowDiagram(retry).nodes.filter((node) => node.unreachable === true)
    expect(unreachable.map((node) => node.id)).toEqual(['old_greeting'])
  })

  it('marks nothing as unreachable in a flow without a start node', () => {
    expect(flowDiagram(retry.slice(1)).nodes.some((node) => node.unreachable === true)).toBe(false)
  })

  it('gives each node the worst problem reported on it', () => {
    const nodes = flowDiagram(retry, nodeProblemsOf([{ nodeId: 'face', severity: 1 }, { nodeId: 'face', severity: 2 }, { severity: 2 }])).nodes
    expect(nodes.map((node) => node.problem)).toEqual([undefined, 2, undefined, undefined])
  })

  it('reads a session body as its flow', () => {
    expect(flowDiagram({ clientReferenceId: 'x', flow: retry }).nodes.map((node) => node.id)).toEqual(['start', 'face', 'done', 'old_greeting'])
  })
})

describe('arrowsOf', () => {
  it('makes one arrow of the outcomes that join the same two nodes, in the order of the node', () => {
    expect(arrowsOf(flowDiagram(retry))).toEqual([
      { from: 'n0', to: 'n1', labels: [] },
      { from: 'n1', to: 'n2', labels: ['livenessDetected', 'deepfakeDetected', 'inconclusive'] },
      { from: 'n1', to: 'n1', labels: ['noFace'] },
      { from: 'n3', to: 'n1', labels: ['next'] },
    ])
  })
})

describe('legendOf', () => {
  it('lists the kinds drawn, start first and end last, and the marks used', () => {
    expect(legendOf(flowDiagram(retry, new Map([['face', 1]])))).toEqual({ kinds: ['start', 'conversation', 'video-analysis', 'end'], marks: ['warning', 'unreachable'] })
  })

  it('explains a dashed box for a target that no node has, without an unknown kind', () => {
    expect(legendOf(flowDiagram([{ id: 'start', type: 'start', outcome: 'nowhere' }]))).toEqual({ kinds: ['start'], marks: ['missing'] })
  })
})

describe('groupedDiagram', () => {
  it('leaves one flow as it is', () => {
    const diagram = flowDiagram(retry)
    expect(groupedDiagram([{ title: 'default export', diagram }])).toBe(diagram)
  })

  it('gives each flow keys of its own and a group under its title', () => {
    const grouped = groupedDiagram([
      { title: 'a', diagram: flowDiagram(retry.slice(0, 3)) },
      { title: 'b', diagram: flowDiagram(retry.slice(0, 3)) },
    ])
    expect(grouped.groups).toEqual([
      { title: 'a', keys: ['f0n0', 'f0n1', 'f0n2'] },
      { title: 'b', keys: ['f1n0', 'f1n1', 'f1n2'] },
    ])
    expect(new Set(grouped.nodes.map((node) => node.key)).size).toBe(6)
    expect(grouped.edges.filter((edge) => edge.from.startsWith('f1'))).toHaveLength(5)
  })
})
