import { type Severity, readFlowModel } from '@fsflow/analyzer'
import { type NodeKind, nodeKindOf } from './node-kinds.js'

/** A box of the drawing: a node of the flow, or a target that no node has. */
export interface DiagramNode {
  /** Unique in the diagram, made of safe characters: never the flow's own id. */
  key: string
  /** The node's id as written; undefined for a node without one. */
  id: string | undefined
  kind: NodeKind
  type: string | undefined
  /** The start of its prompt, when it has one. */
  prompt?: string
  /** The worst problem reported on it. */
  problem?: Severity
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

/** A flow as boxes and arrows, ready to be rendered in any drawing language. */
export interface FlowDiagram {
  nodes: DiagramNode[]
  edges: DiagramEdge[]
}

/** The worst severity reported on each node id. */
export type NodeProblems = ReadonlyMap<string, Severity>

/**
 * The diagram of a flow document (read leniently, as the analyzer reads it, so a broken flow is
 * still drawn): each node once, each outcome an arrow, each target that no node has a missing box.
 */
export function flowDiagram(document: unknown, problems: NodeProblems = new Map()): FlowDiagram {
  const model = readFlowModel(document)
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
