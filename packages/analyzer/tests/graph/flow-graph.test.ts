import { describe, expect, it } from 'vitest'
import { FlowGraph, analyzeFlow, readFlowModel } from '@fsflow/analyzer'
import { closing, flowOf, say } from '../flows.js'

const graphOf = (document: unknown): FlowGraph => FlowGraph.fromModel(readFlowModel(document))
const marked = (flags: Uint8Array): number[] => [...flags.keys()].filter((v) => flags[v] === 1)

describe('FlowGraph', () => {
  it('numbers nodes by their place in the flow array and finds them by id', () => {
    const graph = graphOf(flowOf(say('greeting', 'Hello.', 'closing'), closing('closing')))
    expect(graph.size).toBe(4)
    expect(graph.start).toBe(0)
    expect(graph.indicesOf('closing')).toEqual([2])
    expect(graph.has('closing')).toBe(true)
    expect(graph.has('closng')).toBe(false)
    expect(graph.indicesOf('closng')).toEqual([])
  })

  it('links each node to the nodes its outcomes name, once per target', () => {
    const confirm = {
      id: 'confirm',
      type: 'conversation',
      prompt: 'Say: Can you tell me your email?',
      outcomes: [
        { id: 'yes', condition: 'The user gave an email', targetNodeId: 'closing' },
        { id: 'no', condition: 'The user refused', targetNodeId: 'closing' },
        { id: 'again', condition: 'The user asked to repeat', targetNodeId: 'confirm' },
      ],
    }
    const graph = graphOf(flowOf(confirm, closing('closing')))
    expect(graph.successorsOf(1)).toEqual([2, 1])
    expect(graph.predecessorsOf(2)).toEqual([1])
    expect(graph.predecessorsOf(1)).toEqual([0, 1])
  })

  it('fans an edge out to every node of a duplicated id, so a duplicate does not cut the flow', () => {
    const graph = graphOf(flowOf(say('greeting', 'Hello.', 'closing'), closing('closing'), closing('closing')))
    expect(graph.indicesOf('closing')).toEqual([2, 3])
    expect(graph.duplicateIds()).toEqual([['closing', [2, 3]]])
    expect(graph.successorsOf(1)).toEqual([2, 3])
    expect(marked(graph.reachableFromStart())).toEqual([0, 1, 2, 3, 4])
  })

  it('lists an id used three times with its three nodes', () => {
    const graph = graphOf(flowOf(closing('bye'), closing('bye'), closing('bye')))
    expect(graph.duplicateIds()).toEqual([['bye', [1, 2, 3]]])
  })

  it('starts at the first start node', () => {
    const graph = graphOf([{ id: 'end', type: 'end' }, { id: 'a', type: 'start', outcome: 'end' }, { id: 'b', type: 'start', outcome: 'end' }])
    expect(graph.start).toBe(1)
    expect(marked(graph.reachableFromStart())).toEqual([0, 1])
  })

  it('reaches nothing without a start node', () => {
    const graph = graphOf([closing('bye'), { id: 'end', type: 'end' }])
    expect(graph.start).toBe(-1)
    expect(marked(graph.reachableFromStart())).toEqual([])
  })

  it('finds the nodes that can reach some targets', () => {
    const graph = graphOf(flowOf(say('greeting', 'Hello.', 'closing'), closing('closing'), closing('island')))
    expect(marked(graph.canReach(graph.indicesOf('closing')))).toEqual([0, 1, 2])
  })

  it('leaves out outcomes that name no node, and non-object elements', () => {
    const graph = graphOf([...flowOf(say('greeting', 'Hello.', 'nowhere')), 42])
    expect(graph.successorsOf(1)).toEqual([])
    expect(graph.size).toBe(4)
  })

  it('groups a retry loop into one component', () => {
    const retry = say('ask', 'Ready?', 'wait')
    const graph = graphOf(flowOf(retry, say('wait', 'Take your time.', 'ask'), { id: 'next', type: 'end' }))
    const components = graph.components()
    expect(components[1]).toBe(components[2])
    expect(components[0]).not.toBe(components[1])
  })

  it('takes a chain of 1,000,000 nodes through analyzeFlow without a stack overflow', { timeout: 180_000 }, () => {
    const size = 1_000_000
    const flow: unknown[] = [{ id: 'start', type: 'start', outcome: 'n0' }]
    for (let i = 0; i < size; i++) {
      flow.push({ id: `n${i}`, type: 'external_call', request: { url: 'https://example.com/step' }, outcome: i + 1 < size ? `n${i + 1}` : 'end' })
    }
    flow.push({ id: 'end', type: 'end' })
    expect(analyzeFlow(flow)).toEqual([])
  })
})
