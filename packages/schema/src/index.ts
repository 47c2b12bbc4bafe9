export {
  ConditionOperator,
  ConditionalOutcome,
  DataSource,
  FaceSource,
  FieldRef,
  LiteralOperand,
  NodeId,
  Operand,
  RefOperand,
} from './operands.js'
export {
  AwaitExternal,
  ConversationNode,
  DataValidationNode,
  DocumentScanNode,
  EndNode,
  EnterEmailNode,
  ExternalCallNode,
  FaceCompareNode,
  FaceScanNode,
  FieldConditionNode,
  FieldConditionRule,
  LivenessDetectionNode,
  PermissionsNode,
  RecognitionNode,
  StartNode,
  TwoFactorEmailNode,
  TwoFactorSmsNode,
} from './nodes.js'
export {
  Flow,
  FlowNode,
  cameraLiveNodeTypes,
  isNodeType,
  keyedOutcomes,
  legacyNodeTypes,
  nodeFields,
  nodeSchemas,
  nodeTypes,
  videoAnalysisNodeTypes,
} from './flow.js'
export type { KeyedOutcomeNodeType, NodeOfType, NodeType, OutcomeKey } from './flow.js'
export { ExtractionField, LegacyModule, SessionBody, SessionFields, noFlowMessage, sessionBodyFields } from './session.js'
export { flowJsonSchema, jsonSchemaId, renderFlowJsonSchema } from './json-schema.js'
