import { describe, expect, it } from 'vitest'
import { leastCostBefore, reachableFrom, stronglyConnectedComponents } from '@fsflow/analyzer'
import { adjacency, chain } from './adjacency.js'

const marked = (flags: Uint8Array): number[] => [...flags.keys()].filter((v) => flags[v] === 1)

describe('reachableFrom', () => {
  it('marks the sources and every node a path leads to', () => {
    const graph = adjacency(5, [[0, 1], [1, 2], [3, 4]])
    expect(marked(reachableFrom(graph, [0], 5))).toEqual([0, 1, 2])
  })

  it('follows cycles without looping forever', () => {
    const graph = adjacency(4, [[0, 1], [1, 2], [2, 0], [2, 3]])
    expect(marked(reachableFrom(graph, [1], 4))).toEqual([0, 1, 2, 3])
  })

  it('starts from several sources, repeated ones included', () => {
    const graph = adjacency(6, [[0, 1], [2, 3], [4, 5]])
    expect(marked(reachableFrom(graph, [0, 2, 0], 6))).toEqual([0, 1, 2, 3])
  })

  it('marks nothing without sources', () => {
    expect(marked(reachableFrom(adjacency(3, [[0, 1]]), [], 3))).toEqual([])
  })

  it('walks a chain of a million nodes without overflowing the stack', () => {
    const size = 1_000_000
    const seen = reachableFrom(chain(size), [0], size)
    expect(seen.every((flag) => flag === 1)).toBe(true)
  })
})

describe('leastCostBefore', () => {
  const none = (size: number): Uint8Array => new Uint8Array(size)

  it('sums the weights of the nodes before each node, not the node\'s own', () => {
    const cost = leastCostBefore(chain(4), [0], Float64Array.from([1, 2, 4, 8]), none(4))
    expect([...cost]).toEqual([0, 1, 3, 7])
  })

  it('takes the cheapest of several paths', () => {
    // 0 → 1 (expensive) → 3 and 0 → 2 (cheap) → 3
    const graph = adjacency(4, [[0, 1], [0, 2], [1, 3], [2, 3]])
    const cost = leastCostBefore(graph, [0], Float64Array.from([1, 10, 2, 0]), none(4))
    expect(cost[3]).toBe(3)
  })

  it('arrives at stop nodes but never leaves them', () => {
    const stop = Uint8Array.from([0, 1, 0, 0])
    const cost = leastCostBefore(chain(4), [0], Float64Array.from([1, 1, 1, 1]), stop)
    expect([...cost]).toEqual([0, 1, Infinity, Infinity])
  })

  it('reaches a node behind a stop node along another path', () => {
    const graph = adjacency(4, [[0, 1], [1, 3], [0, 2], [2, 3]])
    const cost = leastCostBefore(graph, [0], Float64Array.from([0, 0, 5, 0]), Uint8Array.from([0, 1, 0, 0]))
    expect(cost[3]).toBe(5)
  })

  it('leaves unreached nodes at Infinity and handles cycles', () => {
    const graph = adjacency(4, [[0, 1], [1, 0], [1, 2]])
    const cost = leastCostBefore(graph, [0], Float64Array.from([1, 1, 1, 1]), none(4))
    expect([...cost]).toEqual([0, 1, 2, Infinity])
  })

  it('starts every source at 0', () => {
    const cost = leastCostBefore(adjacency(3, [[0, 2], [1, 2]]), [0, 1], Float64Array.from([5, 1, 0]), none(3))
    expect([...cost]).toEqual([0, 0, 1])
  })

  it('agrees with a brute-force relaxation on a dense graph', () => {
    const size = 30
    const edges: [number, number][] = []
    for (let v = 0; v < size; v++) for (let w = 0; w < size; w++) if ((v * 7 + w * 13) % 5 === 0 && v !== w) edges.push([v, w])
    const weight = Float64Array.from({ length: size }, (_, v) => (v * 37) % 11)
    const stop = Uint8Array.from({ length: size }, (_, v) => (v % 9 === 4 ? 1 : 0))
    const expected = new Array<number>(size).fill(Infinity)
    expected[0] = 0
    for (let round = 0; round < size; round++) {
      for (const [v, w] of edges) if (!stop[v]) expected[w] = Math.min(expected[w]!, expected[v]! + weight[v]!)
    }
    expect([...leastCostBefore(adjacency(size, edges), [0], weight, stop)]).toEqual(expected)
  })

  it('walks a chain of a million nodes', () => {
    const size = 1_000_000
    const cost = leastCostBefore(chain(size), [0], new Float64Array(size).fill(1), none(size))
    expect(cost[size - 1]).toBe(size - 1)
  })
})

describe('stronglyConnectedComponents', () => {
  it('puts the nodes of a cycle in one component and other nodes in their own', () => {
    const graph = adjacency(5, [[0, 1], [1, 2], [2, 1], [2, 3], [3, 4]])
    const component = stronglyConnectedComponents(graph, 5)
    expect(component[1]).toBe(component[2])
    expect(new Set(component).size).toBe(4)
  })

  it('numbers components so that an edge between two of them goes to a lower number', () => {
    const edges: [number, number][] = [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 3], [0, 5], [5, 4]]
    const component = stronglyConnectedComponents(adjacency(6, edges), 6)
    for (const [v, w] of edges) expect(component[v]! >= component[w]!).toBe(true)
    expect(component[0]).toBe(component[2])
    expect(component[3]).toBe(component[4])
  })

  it('gives a node with a self loop a component of its own', () => {
    const component = stronglyConnectedComponents(adjacency(2, [[0, 0], [0, 1]]), 2)
    expect(component[0]).not.toBe(component[1])
  })

  it('splits a chain of a million nodes into a million components without overflowing the stack', () => {
    const size = 1_000_000
    const component = stronglyConnectedComponents(chain(size), size)
    expect(new Set(component).size).toBe(size)
  })

  it('finds one component in a cycle of a million nodes', () => {
    const size = 1_000_000
    const edges = chain(size)
    const offsets = edges.offsets.slice()
    offsets[size] = size
    const targets = new Int32Array(size)
    targets.set(edges.targets)
    targets[size - 1] = 0
    const component = stronglyConnectedComponents({ offsets, targets }, size)
    expect(component.every((c) => c === 0)).toBe(true)
  })
})
