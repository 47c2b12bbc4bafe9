import { z } from 'zod/v4'
import {
  ConversationNode,
  DataValidationNode,
  DocumentScanNode,
  EndNode,
  EnterEmailNode,
  ExternalCallNode,
  FaceCompareNode,
  FaceScanNode,
  FieldConditionNode,
  LivenessDetectionNode,
  PermissionsNode,
  RecognitionNode,
  StartNode,
  TwoFactorEmailNode,
  TwoFactorSmsNode,
} from './nodes.js'

/** Every node schema, by its wire `type`. */
export const nodeSchemas = {
  start: StartNode,
  end: EndNode,
  conversation: ConversationNode,
  recognition: RecognitionNode,
  liveness_detection: LivenessDetectionNode,
  enter_email: EnterEmailNode,
  data_validation: DataValidationNode,
  document_scan: DocumentScanNode,
  face_scan: FaceScanNode,
  two_factor_email: TwoFactorEmailNode,
  two_factor_sms: TwoFactorSmsNode,
  permissions: PermissionsNode,
  face_compare: FaceCompareNode,
  external_call: ExternalCallNode,
  field_condition: FieldConditionNode,
} as const

/** The `type` of a current node: `conversation`, `recognition`, … */
export type NodeType = keyof typeof nodeSchemas
/** Every current node type, in the schema's order. */
export const nodeTypes = Object.keys(nodeSchemas) as NodeType[]

/** Whether a value is the wire `type` of a current FaceSign node. */
export function isNodeType(value: unknown): value is NodeType {
  return typeof value === 'string' && Object.hasOwn(nodeSchemas, value)
}

/** Any node of a flow. */
export const FlowNode = z.discriminatedUnion('type', Object.values(nodeSchemas) as [
  (typeof nodeSchemas)[NodeType],
  ...(typeof nodeSchemas)[NodeType][],
])
export type FlowNode = z.infer<typeof FlowNode>

/** The node of one type, e.g. `NodeOfType<'recognition'>`. */
export type NodeOfType<T extends NodeType> = Extract<FlowNode, { type: T }>

/** A flow: a non-empty array of nodes, each naming the ids of the nodes it continues to. */
export const Flow = z.array(FlowNode).min(1).meta({
  description: 'FaceSign flow: an array of nodes with exactly one start node and at least one end node.',
})
export type Flow = z.infer<typeof Flow>

/** Node types whose outcomes are an object with fixed keys, each naming a target node id. */
export type KeyedOutcomeNodeType = {
  [T in NodeType]: NodeOfType<T> extends { outcomes: infer O } ? (O extends unknown[] ? never : T) : never
}[NodeType]

/** The outcome names of a keyed-outcome node type, e.g. `'recognized' | 'newUser' | 'noFace'`. */
export type OutcomeKey<T extends KeyedOutcomeNodeType> = keyof NodeOfType<T>['outcomes'] & string

/** Fixed outcome keys per keyed node type, read from the schemas themselves; `optional` keys may be absent. */
export const keyedOutcomes = Object.fromEntries(
  nodeTypes.flatMap((type) => {
    const outcomes = (nodeSchemas[type].shape as Record<string, z.ZodType>).outcomes
    if (!(outcomes instanceof z.ZodObject)) return []
    const shape = outcomes.shape as Record<string, z.ZodType>
    const keys = Object.keys(shape)
    const optional = keys.filter((key) => shape[key]?.safeParse(undefined).success === true)
    return [[type, { required: keys.filter((key) => !optional.includes(key)), optional }]]
  }),
) as Record<KeyedOutcomeNodeType, { required: string[]; optional: string[] }>

/** The fields FaceSign's schema gives each node type, read from the schemas themselves. */
export const nodeFields = Object.fromEntries(
  nodeTypes.map((type): [NodeType, readonly string[]] => [type, Object.keys(nodeSchemas[type].shape)]),
) as Record<NodeType, readonly string[]>

/** Node types that analyse the camera feed and need about five seconds of it first. */
export const videoAnalysisNodeTypes: readonly NodeType[] = ['recognition', 'liveness_detection', 'face_scan', 'face_compare']

/** Node types that keep the camera live, so they stand in for a greeting before video analysis. */
export const cameraLiveNodeTypes: readonly NodeType[] = ['two_factor_email', 'two_factor_sms']

/** Shapes FaceSign used to accept, with the current shape that replaces each. */
export const legacyNodeTypes: Readonly<Record<string, string>> = {
  two_factor: 'two_factor_email or two_factor_sms',
}
