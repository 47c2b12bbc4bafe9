/**
 * Graph algorithms over compressed adjacency arrays. All are iterative (a chain of a million nodes
 * must not overflow the stack) and linear, or O((V+E) log V) for shortest paths.
 */

/** Compressed sparse rows: the neighbours of node `v` are `targets[offsets[v] .. offsets[v+1])`. */
export interface Adjacency {
  readonly offsets: Int32Array
  readonly targets: Int32Array
}

/** Builds adjacency from parallel edge arrays. */
export function buildAdjacency(size: number, from: Int32Array, to: Int32Array, edgeCount: number): Adjacency {
  const offsets = new Int32Array(size + 1)
  for (let e = 0; e < edgeCount; e++) offsets[from[e]! + 1]!++
  for (let v = 0; v < size; v++) offsets[v + 1]! += offsets[v]!
  const cursor = offsets.slice(0, size)
  const targets = new Int32Array(edgeCount)
  for (let e = 0; e < edgeCount; e++) targets[cursor[from[e]!]!++] = to[e]!
  return { offsets, targets }
}

/** Marks every node reachable from the sources (sources included), breadth first. */
export function reachableFrom(graph: Adjacency, sources: Iterable<number>, size: number): Uint8Array {
  const seen = new Uint8Array(size)
  const queue = new Int32Array(size)
  let tail = 0
  for (const source of sources) {
    if (!seen[source]) {
      seen[source] = 1
      queue[tail++] = source
    }
  }
  const { offsets, targets } = graph
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
      const w = targets[e]!
      if (!seen[w]) {
        seen[w] = 1
        queue[tail++] = w
      }
    }
  }
  return seen
}

/**
 * Least total node weight spent before arriving at each node, over all paths from the sources:
 * `cost[v] = min over paths s → … → u → v of weight[s] + … + weight[u]`. Nodes marked in `stop`
 * are arrived at but never left. Unreached nodes cost Infinity. Dijkstra with a binary heap.
 * `weight` may be a function: it is then called once per node that is left, and sized by `stop`,
 * so that weights that cost something to compute are computed only where they count.
 */
export function leastCostBefore(
  graph: Adjacency,
  sources: Iterable<number>,
  weight: Float64Array | ((node: number) => number),
  stop: Uint8Array,
): Float64Array {
  const weightOf = typeof weight === 'function' ? weight : (node: number): number => weight[node]!
  const size = typeof weight === 'function' ? stop.length : weight.length
  const cost = new Float64Array(size).fill(Infinity)
  const done = new Uint8Array(size)
  const heap = new MinHeap()
  for (const source of sources) {
    cost[source] = 0
    heap.push(source, 0)
  }
  const { offsets, targets } = graph
  while (heap.size > 0) {
    const v = heap.pop()
    if (done[v]) continue
    done[v] = 1
    if (stop[v]) continue
    const next = cost[v]! + weightOf(v)
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
      const w = targets[e]!
      if (next < cost[w]!) {
        cost[w] = next
        heap.push(w, next)
      }
    }
  }
  return cost
}

/** A binary min-heap of node indices keyed by cost; stale entries are skipped by the caller. */
class MinHeap {
  private nodes: number[] = []
  private keys: number[] = []

  get size(): number {
    return this.nodes.length
  }

  push(node: number, key: number): void {
    const { nodes, keys } = this
    let i = nodes.length
    nodes.push(node)
    keys.push(key)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (keys[parent]! <= key) break
      nodes[i] = nodes[parent]!
      keys[i] = keys[parent]!
      i = parent
    }
    nodes[i] = node
    keys[i] = key
  }

  pop(): number {
    const { nodes, keys } = this
    const top = nodes[0]!
    const lastNode = nodes.pop()!
    const lastKey = keys.pop()!
    const n = nodes.length
    if (n > 0) {
      let i = 0
      for (;;) {
        let child = 2 * i + 1
        if (child >= n) break
        if (child + 1 < n && keys[child + 1]! < keys[child]!) child++
        if (keys[child]! >= lastKey) break
        nodes[i] = nodes[child]!
        keys[i] = keys[child]!
        i = child
      }
      nodes[i] = lastNode
      keys[i] = lastKey
    }
    return top
  }
}

/**
 * Strongly connected components (Tarjan's algorithm with an explicit stack). Returns the component
 * number of each node; components are numbered in reverse topological order of the condensation.
 */
export function stronglyConnectedComponents(graph: Adjacency, size: number): Int32Array {
  const { offsets, targets } = graph
  const index = new Int32Array(size).fill(-1)
  const low = new Int32Array(size)
  const component = new Int32Array(size).fill(-1)
  const onStack = new Uint8Array(size)
  const stack = new Int32Array(size)
  const callStack = new Int32Array(size)
  const edgeCursor = new Int32Array(size)
  let stackTop = 0
  let nextIndex = 0
  let nextComponent = 0
  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue
    let depth = 0
    callStack[depth++] = root
    index[root] = low[root] = nextIndex++
    edgeCursor[root] = offsets[root]!
    stack[stackTop++] = root
    onStack[root] = 1
    while (depth > 0) {
      const v = callStack[depth - 1]!
      if (edgeCursor[v]! < offsets[v + 1]!) {
        const w = targets[edgeCursor[v]!++]!
        if (index[w] === -1) {
          index[w] = low[w] = nextIndex++
          edgeCursor[w] = offsets[w]!
          stack[stackTop++] = w
          onStack[w] = 1
          callStack[depth++] = w
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!)
        }
        continue
      }
      depth--
      if (depth > 0) {
        const parent = callStack[depth - 1]!
        low[parent] = Math.min(low[parent]!, low[v]!)
      }
      if (low[v] === index[v]) {
        let w: number
        do {
          w = stack[--stackTop]!
          onStack[w] = 0
          component[w] = nextComponent
        } while (w !== v)
        nextComponent++
      }
    }
  }
  return component
}
