import { keyedOutcomes, type KeyedOutcomeNodeType } from '@fsflow/schema'
import { compile } from './build.js'
import type { NodeEntry, NodeIdOf, OutcomeOf, Typed } from './node-entry.js'
import type { BuiltFlow } from './routes.js'
import type { Session } from './session.js'

/** The part of a completed session's `report` that `outcomeOf` reads. */
export interface NodeReports {
  readonly nodeReports?: readonly { readonly nodeId?: unknown; readonly outcome?: unknown }[] | null
}

/**
 * The outcome a node of this flow reported in a completed session, typed from the flow: for
 * `'liveness_known'` one of `'livenessDetected' | 'deepfakeDetected' | 'noFace' | 'inconclusive'`.
 * A node id the flow does not have is a compile error. Undefined when the node was not visited or
 * reported an outcome the node does not have; when a loop visited it several times, the last visit counts.
 *
 * ```ts
 * if (outcomeOf(session.report, recoveryFlow, 'recognition') === 'recognized') { ... }
 * ```
 */
export function outcomeOf<F extends Typed<NodeEntry, 'flow' | 'session'>, const Id extends NodeIdOf<F>>(
  report: NodeReports | null | undefined,
  flow: F,
  nodeId: Id,
): OutcomeOf<F, Id> | undefined {
  const reports = report?.nodeReports ?? []
  let outcome: unknown
  for (let i = reports.length - 1; i >= 0 && outcome === undefined; i--) {
    if (reports[i]?.nodeId === nodeId) outcome = reports[i]?.outcome
  }
  if (typeof outcome !== 'string') return undefined
  const known = outcomeNames(flow as unknown as BuiltFlow<NodeEntry> | Session<NodeEntry>, nodeId)
  return known === undefined || known.includes(outcome) ? (outcome as OutcomeOf<F, Id>) : undefined
}

/** The outcome names a node can report, or undefined when FaceSign does not document them. */
function outcomeNames(flow: BuiltFlow<NodeEntry> | Session<NodeEntry>, nodeId: string): readonly string[] | undefined {
  const document = compile(flow, { check: false })
  const nodes: unknown = Array.isArray(document) ? document : (document as { flow?: unknown }).flow
  const node = Array.isArray(nodes) ? (nodes as readonly Record<string, unknown>[]).find((n) => n.id === nodeId) : undefined
  if (node === undefined) return []
  const type = node.type as string
  if (type === 'end') return []
  if (Object.hasOwn(keyedOutcomes, type)) {
    const { required, optional } = keyedOutcomes[type as KeyedOutcomeNodeType]
    return [...required, ...optional]
  }
  if (type === 'conversation' || type === 'data_validation') {
    const ids = Array.isArray(node.outcomes) ? (node.outcomes as readonly { id?: unknown }[]).map((o) => o.id) : []
    const exits = typeof node.awaitExternal === 'object' ? ['onDataReady', 'onTimeout', 'onError'] : []
    return [...ids.filter((id): id is string => typeof id === 'string'), ...exits]
  }
  return undefined
}
