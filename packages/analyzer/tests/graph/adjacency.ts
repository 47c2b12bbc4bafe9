import type { Adjacency } from '@fsflow/analyzer'

/** Compressed adjacency of `size` nodes from an edge list, as the graph module builds it. */
export function adjacency(size: number, edges: readonly (readonly [number, number])[]): Adjacency {
  const offsets = new Int32Array(size + 1)
  for (const [from] of edges) offsets[from + 1]!++
  for (let v = 0; v < size; v++) offsets[v + 1]! += offsets[v]!
  const cursor = offsets.slice(0, size)
  const targets = new Int32Array(edges.length)
  for (const [from, to] of edges) targets[cursor[from]!++] = to
  return { offsets, targets }
}

/** A chain 0 → 1 → … → size-1. */
export function chain(size: number): Adjacency {
  const offsets = new Int32Array(size + 1)
  const targets = new Int32Array(Math.max(size - 1, 0))
  for (let v = 0; v < size; v++) offsets[v + 1] = Math.min(v + 1, size - 1)
  for (let v = 0; v + 1 < size; v++) targets[v] = v + 1
  return { offsets, targets }
}
