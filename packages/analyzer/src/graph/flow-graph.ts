import type { FlowModel, FlowNodeInfo, OutcomeReference } from '../flow-model.js'
import { type Adjacency, buildAdjacency, reachableFrom, stronglyConnectedComponents } from './algorithms.js'

/**
 * The flow as a compact indexed graph: node `i` is the flow array's element `i`; an edge goes from a
 * node to every node that has the id one of its outcomes names (several when an id is duplicated, so
 * that one duplicate does not cut the flow). Algorithms return data; rules decide what to report.
 */
export class FlowGraph {
  readonly size: number
  readonly successors: Adjacency
  readonly predecessors: Adjacency
  /** Index of the first `start` node, or -1. */
  readonly start: number
  private readonly indicesById: Map<string, number | number[]>
  private readonly danglingByNode: Map<number, readonly OutcomeReference[]>
  /** Ids used by more than one node, in the order of their first use. */
  private readonly duplicates: Map<string, number[]>
  private cachedReachable: Uint8Array | undefined
  private cachedComponents: Int32Array | undefined

  constructor(readonly nodes: readonly FlowNodeInfo[]) {
    const size = nodes.length
    this.size = size
    const indicesById = new Map<string, number | number[]>()
    let start = -1
    // From the last node to the first, with one map operation per node: each id ends up with its
    // first index, and an id that does not grow the map is used twice.
    let duplicated: Set<string> | undefined
    for (let i = size - 1; i >= 0; i--) {
      const { id, type } = nodes[i]!
      if (type === 'start') start = i
      if (id === undefined) continue
      const count = indicesById.size
      indicesById.set(id, i)
      if (indicesById.size === count) (duplicated ??= new Set()).add(id)
    }
    // Duplicated ids (rare) get all their indices, listed by first use.
    const duplicates = new Map<string, number[]>()
    if (duplicated !== undefined) {
      for (let i = 0; i < size; i++) {
        const id = nodes[i]!.id
        if (id === undefined || !duplicated.has(id)) continue
        const known = duplicates.get(id)
        if (known === undefined) duplicates.set(id, [i])
        else known.push(i)
      }
      duplicates.forEach((indices, id) => indicesById.set(id, indices))
    }
    this.indicesById = indicesById
    this.duplicates = duplicates
    this.start = start

    // One lookup per outcome: it gives the edges, and the outcomes that point to no node. (No
    // closures here: this runs once per flow, mostly before the JIT has optimized it.)
    let from: Int32Array = new Int32Array(2 * size + 16)
    let to: Int32Array = new Int32Array(from.length)
    let edgeCount = 0
    const dangling = new Map<number, OutcomeReference[]>()
    for (let i = 0; i < size; i++) {
      const references = nodes[i]!.references
      // Outcomes mostly lead to the next node in the array (a builder chain compiles that way): a
      // string comparison then finds the target without hashing it, when that id is not duplicated.
      const nextId = i + 1 < size ? nodes[i + 1]!.id : undefined
      const next = nextId !== undefined && (duplicates.size === 0 || !duplicates.has(nextId)) ? nextId : undefined
      for (let r = 0; r < references.length; r++) {
        const reference = references[r]!
        const target = reference.target === next ? i + 1 : indicesById.get(reference.target)
        if (target === undefined) {
          const known = dangling.get(i)
          if (known === undefined) dangling.set(i, [reference])
          else known.push(reference)
          continue
        }
        const count = typeof target === 'number' ? 1 : target.length
        if (edgeCount + count > from.length) {
          from = grown(from, edgeCount + count)
          to = grown(to, edgeCount + count)
        }
        if (typeof target === 'number') {
          from[edgeCount] = i
          to[edgeCount++] = target
        } else {
          // A duplicated id: an edge to each of its nodes.
          for (const t of target) {
            from[edgeCount] = i
            to[edgeCount++] = t
          }
        }
      }
    }
    this.danglingByNode = dangling
    this.successors = buildAdjacency(size, from, to, edgeCount)
    this.predecessors = buildAdjacency(size, to, from, edgeCount)
  }

  static fromModel(model: FlowModel): FlowGraph {
    return new FlowGraph(model.nodes)
  }

  /** Whether some node has this id. */
  has(id: string): boolean {
    return this.indicesById.has(id)
  }

  /** The outcomes of node `index` that point to an id no node has, in the order the node lists them. */
  danglingReferencesOf(index: number): readonly OutcomeReference[] {
    return this.danglingByNode.get(index) ?? []
  }

  /** Indices of the nodes with this id (more than one when the id is duplicated). */
  indicesOf(id: string): readonly number[] {
    const found = this.indicesById.get(id)
    return found === undefined ? [] : typeof found === 'number' ? [found] : found
  }

  /** Ids used by more than one node, each with the indices of its nodes. */
  duplicateIds(): [string, readonly number[]][] {
    const duplicates: [string, readonly number[]][] = []
    this.duplicates.forEach((indices, id) => duplicates.push([id, indices]))
    return duplicates
  }

  /** The direct successors of a node, without repeats. */
  successorsOf(index: number): number[] {
    return neighbours(this.successors, index)
  }

  /** The direct predecessors of a node, without repeats. */
  predecessorsOf(index: number): number[] {
    return neighbours(this.predecessors, index)
  }

  /** Marks the nodes reachable from the first start node; all zero when there is none. */
  reachableFromStart(): Uint8Array {
    this.cachedReachable ??= reachableFrom(this.successors, this.start === -1 ? [] : [this.start], this.size)
    return this.cachedReachable
  }

  /** Marks the nodes from which some node in `targets` can be reached (targets included). */
  canReach(targets: Iterable<number>): Uint8Array {
    return reachableFrom(this.predecessors, targets, this.size)
  }

  /** Strongly connected component of each node (see `stronglyConnectedComponents`). */
  components(): Int32Array {
    this.cachedComponents ??= stronglyConnectedComponents(this.successors, this.size)
    return this.cachedComponents
  }
}

/** A copy of `array` with room for at least `needed` items. */
function grown(array: Int32Array, needed: number): Int32Array {
  const copy = new Int32Array(Math.max(needed, 2 * array.length))
  copy.set(array)
  return copy
}

function neighbours(graph: Adjacency, index: number): number[] {
  const found: number[] = []
  for (let e = graph.offsets[index]!, end = graph.offsets[index + 1]!; e < end; e++) {
    const w = graph.targets[e]!
    if (!found.includes(w)) found.push(w)
  }
  return found
}
