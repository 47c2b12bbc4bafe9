/** What a node does, as a reader of a drawing tells nodes apart: one shape for each. */
export type NodeKind = 'start' | 'end' | 'conversation' | 'video-analysis' | 'codes' | 'documents' | 'routing' | 'other'

const kindsByType: Readonly<Record<string, NodeKind>> = {
  start: 'start',
  end: 'end',
  conversation: 'conversation',
  enter_email: 'conversation',
  permissions: 'conversation',
  recognition: 'video-analysis',
  liveness_detection: 'video-analysis',
  face_scan: 'video-analysis',
  face_compare: 'video-analysis',
  two_factor_email: 'codes',
  two_factor_sms: 'codes',
  two_factor: 'codes',
  document_scan: 'documents',
  data_validation: 'routing',
  field_condition: 'routing',
  external_call: 'routing',
}

/** The kind of a node of this type; `other` for a type FaceSign does not have, or none. */
export function nodeKindOf(type: string | undefined): NodeKind {
  return type !== undefined && Object.hasOwn(kindsByType, type) ? kindsByType[type]! : 'other'
}
