import { FlowGraph, type Severity, readFlowModel } from '@fsflow/analyzer'
import { type NodeKind, nodeKindOf } from './node-kinds.js'

/** A box of the drawing: a node of the flow, or a target that no node has. */
export interface DiagramNode {
  /** Unique in the diagram, made of safe characters: never the flow's own id. */
  key: string
  /** The node's id as written; undefined for a node without one. */
  id: string | undefined
  kind: NodeKind
  type: string | undefined
  /** Its prompt, when it has one. */
  prompt?: string
  /** The worst problem reported on it. */
  problem?: Severity
  /** A node the start node never leads to: drawn greyed out. */
  unreachable?: true
  /** A target that no node has: drawn so that the outcome that names it has somewhere to point. */
  missing?: true
}

/** An outcome: an arrow from a node to its target, labelled with the outcome's id or key. */
export interface DiagramEdge {
  from: string
  to: string
  /** Empty for a node's only `outcome`, which needs no name. */
  label: string
}

/** Flows drawn in one picture side by side (a module's exports): each one's title and the keys of its boxes. */
export interface DiagramGroup {
  title: string
  keys: string[]
}

/** A flow as boxes and arrows, ready to be rendered in any drawing language. */
export interface FlowDiagram {
  nodes: DiagramNode[]
  edges: DiagramEdge[]
  /** Present when the picture holds several flows. */
  groups?: DiagramGroup[]
}

/** The worst severity reported on each node id. */
export type NodeProblems = ReadonlyMap<string, Severity>

/** The worst severity of the messages about each node. */
export function nodeProblemsOf(messages: Iterable<{ readonly nodeId?: string; readonly severity: Severity }>): NodeProblems {
  const problems = new Map<string, Severity>()
  for (const { nodeId, severity } of messages) {
    if (nodeId !== undefined && severity > (problems.get(nodeId) ?? 0)) problems.set(nodeId, severity)
  }
  return problems
}

/**
 * The diagram of a flow document (read leniently, as the analyzer reads it, so a broken flow is
 * still drawn): each node once, each outcome an arrow, each target that no node has a missing box,
 * and the nodes that the start node never leads to marked.
 */
export function flowDiagram(document: unknown, problems: NodeProblems = new Map()): FlowDiagram {
  const model = readFlowModel(document)
  const graph = FlowGraph.fromModel(model)
  // Without a start node nothing is reachable, and nothing is marked: the flow's problem is elsewhere.
  const reachable = graph.start === -1 ? undefined : graph.reachableFromStart()
  const keyOfId = new Map<string, string>()
  const nodes: DiagramNode[] = model.nodes.map((node) => {
    const key = `n${node.index}`
    // A duplicated id is drawn twice, but arrows go to its first node, as the flow runs.
    if (node.id !== undefined && !keyOfId.has(node.id)) keyOfId.set(node.id, key)
    const prompt = node.fields?.prompt
    const problem = node.id === undefined ? undefined : problems.get(node.id)
    return {
      key,
      id: node.id,
      kind: nodeKindOf(node.type),
      type: node.type,
      ...(typeof prompt === 'string' && prompt.trim() !== '' ? { prompt } : {}),
      ...(problem === undefined ? {} : { problem }),
      ...(reachable === undefined || reachable[node.index] === 1 ? {} : { unreachable: true as const }),
    }
  })
  const edges: DiagramEdge[] = []
  for (const node of model.nodes) {
    for (const reference of node.references) {
      let to = keyOfId.get(reference.target)
      if (to === undefined) {
        to = `m${nodes.length}`
        keyOfId.set(reference.target, to)
        nodes.push({ key: to, id: reference.target, kind: 'other', type: undefined, missing: true })
      }
      edges.push({ from: `n${node.index}`, to, label: reference.name === 'outcome' ? '' : reference.name })
    }
  }
  return { nodes, edges }
}

/** The arrows between one box and another: all their outcomes on one arrow, so labels never overlap. */
export interface DiagramArrow {
  from: string
  to: string
  /** The outcomes' labels, in the order of the node; empty ones (a single `outcome`) left out. */
  labels: string[]
}

/** The diagram's edges with those that join the same two boxes made one arrow, in the order they first appear. */
export function arrowsOf(diagram: FlowDiagram): DiagramArrow[] {
  const arrows = new Map<string, DiagramArrow>()
  for (const { from, to, label } of diagram.edges) {
    const key = `${from} ${to}`
    let arrow = arrows.get(key)
    if (arrow === undefined) arrows.set(key, (arrow = { from, to, labels: [] }))
    if (label !== '') arrow.labels.push(label)
  }
  return [...arrows.values()]
}

/** Several flows in one picture, each in a group under its title; one flow alone, as it is. */
export function groupedDiagram(flows: readonly { readonly title: string; readonly diagram: FlowDiagram }[]): FlowDiagram {
  if (flows.length === 1) return flows[0]!.diagram
  const nodes: DiagramNode[] = []
  const edges: DiagramEdge[] = []
  const groups: DiagramGroup[] = []
  flows.forEach(({ title, diagram }, index) => {
    // Each flow's keys get its own prefix, so that `n0` of one is not `n0` of another.
    const key = (own: string): string => `f${String(index)}${own}`
    for (const node of diagram.nodes) nodes.push({ ...node, key: key(node.key) })
    for (const edge of diagram.edges) edges.push({ ...edge, from: key(edge.from), to: key(edge.to) })
    groups.push({ title, keys: diagram.nodes.map((node) => key(node.key)) })
  })
  return { nodes, edges, groups }
}

/** A mark a box can carry, besides its kind's shape. */
export type NodeMark = 'error' | 'warning' | 'unreachable' | 'missing'

/** What a legend must explain: the kinds of node drawn and the marks used, in a fixed order. */
export interface Legend {
  kinds: NodeKind[]
  marks: NodeMark[]
}

const kindOrder: readonly NodeKind[] = ['start', 'conversation', 'video-analysis', 'codes', 'documents', 'routing', 'end', 'other']

/** The legend of a diagram: only what it shows, so that a small flow has a small legend. */
export function legendOf(diagram: FlowDiagram): Legend {
  const kinds = new Set(diagram.nodes.filter((node) => node.missing !== true).map((node) => node.kind))
  const marks: NodeMark[] = []
  if (diagram.nodes.some((node) => node.problem === 2)) marks.push('error')
  if (diagram.nodes.some((node) => node.problem === 1)) marks.push('warning')
  if (diagram.nodes.some((node) => node.unreachable === true)) marks.push('unreachable')
  if (diagram.nodes.some((node) => node.missing === true)) marks.push('missing')
  return { kinds: kindOrder.filter((kind) => kinds.has(kind)), marks }
}
