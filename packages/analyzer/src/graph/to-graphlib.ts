import { Graph, type Label } from '@dagrejs/graphlib'
import { readFlowModel } from '../flow-model.js'

/** Node label of `toGraphlib` graphs: the node as written in the flow. */
export interface GraphlibNodeLabel {
  type: string | undefined
  node: Readonly<Record<string, unknown>>
}

/** Edge label of `toGraphlib` graphs: the outcome that leads along the edge. */
export interface GraphlibEdgeLabel {
  outcome: string
}

/**
 * The flow as a @dagrejs/graphlib multigraph for your own algorithms: one graph node per flow node
 * (keyed by id, labelled with the node), one edge per outcome, named and labelled by the outcome.
 * Accepts a flow array or a session body. Outcomes that point to no node are left out.
 * The graph label is graphlib's own `Label`, so the graph can be passed to graphlib's `alg.*`.
 */
export function toGraphlib(document: unknown): Graph<Label, GraphlibNodeLabel, GraphlibEdgeLabel> {
  const model = readFlowModel(document)
  const graph = new Graph<Label, GraphlibNodeLabel, GraphlibEdgeLabel>({ directed: true, multigraph: true })
  for (const node of model.nodes) {
    if (node.id !== undefined && node.fields !== undefined && !graph.hasNode(node.id)) {
      graph.setNode(node.id, { type: node.type, node: node.fields })
    }
  }
  for (const node of model.nodes) {
    if (node.id === undefined) continue
    for (const reference of node.references) {
      if (graph.hasNode(reference.target)) {
        graph.setEdge(node.id, reference.target, { outcome: reference.name }, reference.name)
      }
    }
  }
  return graph
}
