import type { ImportNode } from './import-nodes.js'

/** Where one outcome of a node goes in the code: the chain's next node, a node by id, or a sub-flow. */
export type PlannedRoute = { readonly kind: 'next' } | { readonly kind: 'id'; readonly id: string } | { readonly kind: 'sub'; readonly chain: PlannedChain }

/** One node as the code writes it: the node, and a route per outcome (its slots, in `ImportNode` order). */
export interface PlannedNode {
  readonly node: ImportNode
  readonly routes: PlannedRoute[]
}

/** How a chain stops when it does not rejoin: a jump, or the flow's end node of that id. */
export type Closing = { readonly kind: 'goto'; readonly id: string } | { readonly kind: 'end'; readonly id: string }

/**
 * A chain: its nodes in order, and the sub-chains written on their own (`also`) after them: before
 * the chain it goes on with, or after how it stops (a jump, an end).
 */
export interface PlannedChain {
  readonly nodes: PlannedNode[]
  readonly alsos: PlannedChain[]
  then: PlannedChain | undefined
  closing: Closing | undefined
}

/** The whole flow: sub-chains before `start()`, and the root chain. */
export interface FlowPlan {
  readonly before: readonly PlannedChain[]
  readonly root: PlannedChain
}

/** An outcome of a node not routed yet: the chain that holds the node, and where the outcome goes. */
interface OpenEnd {
  readonly chain: PlannedChain
  readonly planned: PlannedNode
  readonly slot: number
  readonly target: string
}

interface Run {
  readonly chain: PlannedChain
  readonly open: readonly OpenEnd[]
  /** Index of the first node after the run. */
  readonly end: number
}

/**
 * Plans builder code that writes the nodes in exactly their order: each node is written where the
 * code runs its call, so the code follows the JSON. A node continues the chain ('next') of the node
 * before it when that node leads to it; branches written one after another become sub-flows that
 * rejoin where the JSON rejoins; what nothing before it leads to is written on its own (`also`);
 * every other link is by id. End nodes after every other node are written by `.end(id)`.
 */
export function planFlow(nodes: readonly ImportNode[]): FlowPlan {
  return new Planner(nodes).plan()
}

/** Sub-flows nest at most this deep, so that planning a flow of any size needs a bounded stack. */
const maxDepth = 40

class Planner {
  readonly #nodes: readonly ImportNode[]
  readonly #start: number
  /** Index of the first of the end nodes that close the document (the builder writes those last). */
  readonly #lastEnds: number
  readonly #lastEndIds: ReadonlySet<string>
  readonly #runs = new Map<number, Run>()
  /** How many sub-flows deep the run being planned is: past `maxDepth`, the chain goes on instead. */
  #depth = 0
  /** The nodes that lead to each id. */
  readonly #referrers = new Map<string, Set<ImportNode>>()

  constructor(nodes: readonly ImportNode[]) {
    this.#nodes = nodes
    this.#start = nodes.findIndex((node) => node.type === 'start')
    let lastEnds = nodes.length
    while (lastEnds > 0 && nodes[lastEnds - 1]!.type === 'end') lastEnds--
    this.#lastEnds = lastEnds
    this.#lastEndIds = new Set(nodes.slice(lastEnds).map((node) => node.id))
    for (const node of nodes) {
      for (const slot of node.slots) {
        const referrers = this.#referrers.get(slot.target) ?? new Set()
        referrers.add(node)
        this.#referrers.set(slot.target, referrers)
      }
    }
  }

  plan(): FlowPlan {
    const before: PlannedChain[] = []
    let position = 0
    while (position < this.#start) {
      const run = this.#run(position)
      this.#stop(run.chain, run.open)
      before.push(run.chain)
      position = run.end
    }
    const root = this.#run(this.#start)
    let { open } = root
    let last = lastLink(root.chain)
    position = root.end
    while (position < this.#lastEnds) {
      const next = this.#nodes[position]!
      const run = this.#run(position)
      if (open.some((end) => end.target === next.id)) {
        // The root chain goes on after the sub-chains written on their own: its open outcomes lead here.
        this.#close(open, next.id)
        last.then = run.chain
        last = lastLink(run.chain)
        open = run.open
      } else {
        this.#stop(run.chain, run.open)
        last.alsos.push(run.chain)
      }
      position = run.end
    }
    this.#stop(last, open)
    this.#placeLastEnds(before, root.chain, last)
    return { before, root: root.chain }
  }

  /** The chain that starts at a node, continued as far as the JSON order allows. */
  #run(first: number): Run {
    const known = this.#runs.get(first)
    if (known !== undefined) return known
    const chain: PlannedChain = { nodes: [], alsos: [], then: undefined, closing: undefined }
    let position = first
    let open: readonly OpenEnd[] = []
    for (;;) {
      const node = this.#nodes[position]!
      position++
      const planned: PlannedNode = { node, routes: node.slots.map(() => ({ kind: 'next' })) }
      chain.nodes.push(planned)
      if (node.type === 'end') {
        open = []
        break
      }
      const branches = this.#branches(planned, chain, position)
      open = branches.open
      position = branches.end
      const next = this.#nodes[position]
      if (next === undefined || !this.#canContinue(position) || !open.some((end) => end.target === next.id)) break
      this.#close(open, next.id)
      const ahead = this.#runs.get(position)
      if (ahead !== undefined) {
        // Planned already, when it was weighed as a branch: the chain goes on with it.
        chain.then = ahead.chain
        open = ahead.open
        position = ahead.end
        break
      }
      open = []
    }
    const run = { chain, open, end: position }
    this.#runs.set(first, run)
    return run
  }

  /**
   * The sub-flows of a node, and its outcomes left open: while the next node in the JSON is where
   * one of its outcomes leads, and that branch is followed by another branch of the node or by where
   * an earlier branch rejoins, the next node's run becomes the outcome's sub-flow.
   */
  #branches(planned: PlannedNode, chain: PlannedChain, position: number): { open: OpenEnd[]; end: number } {
    let pending: OpenEnd[] = planned.node.slots.map((slot, index) => ({ chain, planned, slot: index, target: slot.target }))
    const open: OpenEnd[] = []
    let lastSubFlow = -1
    for (;;) {
      const next = this.#nodes[position]
      if (next === undefined || !this.#canContinue(position)) break
      const leading = pending.filter((end) => end.target === next.id)
      const targets = new Set(pending.map((end) => end.target))
      if (leading.length === 0 || (targets.size === 1 && open.length === 0)) break
      if (this.#depth >= maxDepth) break
      const slot = leading.find((end) => planned.node.canBranch(end.slot) && (planned.node.branchesInAnyOrder || end.slot > lastSubFlow))
      if (slot === undefined) break
      this.#depth++
      const run = this.#run(position)
      this.#depth--
      const others = pending.filter((end) => end.target !== next.id)
      const after = this.#nodes[run.end]
      const followed =
        after !== undefined &&
        this.#canContinue(run.end) &&
        ((others.some((end) => end.target === after.id) && !this.#shared(after.id, planned.node)) || open.some((end) => end.target === after.id))
      if (!followed) break
      planned.routes[slot.slot] = { kind: 'sub', chain: run.chain }
      lastSubFlow = slot.slot
      for (const end of leading) if (end !== slot) planned.routes[end.slot] = { kind: 'id', id: next.id }
      pending = others
      for (const end of run.open) open.push(end)
      position = run.end
    }
    return { open: [...pending, ...open], end: position }
  }

  /** Whether nodes other than `node` lead to `id` too: a shared node (an ending many reach) is reached by id, not as a branch. */
  #shared(id: string, node: ImportNode): boolean {
    const referrers = this.#referrers.get(id)
    return referrers !== undefined && [...referrers].some((other) => other !== node)
  }

  /** Whether a chain may go on into the node at `position`: never into `start`, nor the end nodes written last. */
  #canContinue(position: number): boolean {
    return position < this.#lastEnds && position !== this.#start
  }

  /**
   * Stops a chain that nothing continues: its open outcomes that go to an end node written last go
   * there with `.end(id)` (the one most of them go to); every other one by id.
   */
  #stop(chain: PlannedChain, open: readonly OpenEnd[]): void {
    const counts = new Map<string, number>()
    for (const end of open) if (this.#lastEndIds.has(end.target)) counts.set(end.target, (counts.get(end.target) ?? 0) + 1)
    const [endId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? []
    this.#close(open, endId)
    if (endId !== undefined) lastLink(chain).closing = { kind: 'end', id: endId }
  }

  /** Routes by id every open outcome that does not go to `keep`; a chain whose single outcome is routed so jumps. */
  #close(open: readonly OpenEnd[], keep: string | undefined): void {
    for (const end of open) {
      if (end.target === keep) continue
      if (end.planned.node.branches) end.planned.routes[end.slot] = { kind: 'id', id: end.target }
      else end.chain.closing = { kind: this.#lastEndIds.has(end.target) ? 'end' : 'goto', id: end.target }
    }
  }

  /**
   * The builder writes end nodes last in the order chains first end at them. When that is not the
   * JSON's order (or no chain ends at one), each is placed, in order, after every other node.
   */
  #placeLastEnds(before: readonly PlannedChain[], root: PlannedChain, last: PlannedChain): void {
    const used: string[] = []
    const visit = (chain: PlannedChain): void => {
      for (const planned of chain.nodes) subFlowsInOrder(planned).forEach(visit)
      // In the order the code is printed: sub-chains on their own before the chain goes on, after it stops.
      if (chain.then === undefined && chain.closing?.kind === 'end' && !used.includes(chain.closing.id)) used.push(chain.closing.id)
      chain.alsos.forEach(visit)
      if (chain.then !== undefined) visit(chain.then)
    }
    before.forEach(visit)
    visit(root)
    const lastEnds = this.#nodes.slice(this.#lastEnds)
    if (used.join('\n') === lastEnds.map((node) => node.id).join('\n')) return
    for (const node of lastEnds) {
      last.alsos.push({ nodes: [{ node, routes: [] }], alsos: [], then: undefined, closing: undefined })
    }
  }
}

/** The last link of a chain that goes on with others. */
function lastLink(chain: PlannedChain): PlannedChain {
  let link = chain
  while (link.then !== undefined) link = link.then
  return link
}

/** The sub-flows of a node in the order they run: the order of their first nodes in the JSON. */
export function subFlowsInOrder(planned: PlannedNode): PlannedChain[] {
  const chains = planned.routes.flatMap((route) => (route.kind === 'sub' ? [route.chain] : []))
  return chains.sort((a, b) => (a.nodes[0]?.node.index ?? 0) - (b.nodes[0]?.node.index ?? 0))
}
