// The corpus of flow documents that zod, the JSON Schema and the analyzer must judge alike.
import type { NodeType } from '@fsflow/schema'

/** A valid node of each type, with every optional field set. */
export const validNodes: Record<NodeType, Record<string, unknown>> = {
  start: { id: 'start', type: 'start', outcome: 'greeting' },
  end: { id: 'end', type: 'end' },
  conversation: {
    id: 'greeting',
    type: 'conversation',
    prompt: 'Say: Hi!',
    outcomes: [{ id: 'o1', condition: 'The user answered', targetNodeId: 'end' }],
    doesNotRequireReply: false,
    awaitExternal: { exits: { onDataReady: 'a', onTimeout: 'b', onError: 'c' }, timeoutSeconds: 30 },
  },
  recognition: { id: 'r', type: 'recognition', outcomes: { recognized: 'a', newUser: 'b', noFace: 'c' } },
  liveness_detection: {
    id: 'l',
    type: 'liveness_detection',
    outcomes: { livenessDetected: 'a', deepfakeDetected: 'b', noFace: 'c', inconclusive: 'd' },
  },
  enter_email: { id: 'e', type: 'enter_email', prompt: 'Type it', outcomes: { emailEntered: 'a', canceled: 'b' } },
  data_validation: {
    id: 'v',
    type: 'data_validation',
    validation: { field: 'email', action: 'matches', value: 'x' },
    outcomes: [{ id: 'ok', condition: 'valid', targetNodeId: 'a' }],
  },
  document_scan: {
    id: 'd',
    type: 'document_scan',
    scanningMode: 'automatic',
    allowedDocumentTypes: ['passport', 'dl'],
    outcomes: { scanSuccess: 'a', userCancelled: 'b', scanTimeout: 'c' },
    showTorchButton: true,
    showCameraSwitch: false,
    showMirrorCameraButton: true,
  },
  face_scan: {
    id: 'f',
    type: 'face_scan',
    outcomes: { passed: 'a', notPassed: 'b', cancelled: 'c', error: 'd' },
    captureInstructions: 'Look here',
    requireLivenessChallenge: true,
    requireAILivenessCheck: false,
    referenceImageKey: 'selfie',
    similarityThreshold: 0.8,
    enableSound: true,
    enableHaptics: false,
  },
  two_factor_email: {
    id: 'm',
    type: 'two_factor_email',
    outcomes: { verified: 'a', delivery_failed: 'b', failed_unverified: 'c', cancelled: 'd', error: 'e' },
    emailTemplate: 't',
    otpLength: 6,
    expirySeconds: 300,
    maxAttempts: 3,
    resendAfterSeconds: 0,
    showUI: true,
  },
  two_factor_sms: {
    id: 's',
    type: 'two_factor_sms',
    outcomes: { verified: 'a', delivery_failed: 'b', failed_unverified: 'c', cancelled: 'd', error: 'e' },
    smsTemplate: 't',
    otpLength: 8,
  },
  permissions: {
    id: 'p',
    type: 'permissions',
    permissions: { camera: true, microphone: false },
    outcomes: { permissionsGranted: 'a', permissionsDenied: 'b' },
    prompt: 'Allow it',
  },
  face_compare: {
    id: 'c',
    type: 'face_compare',
    sourceA: { source: 'documentPhoto' },
    sourceB: { source: 'providedData', providedDataKey: 'photo' },
    outcomes: { match: 'a', noMatch: 'b', imageUnavailable: 'c' },
    similarityThreshold: 1,
  },
  external_call: {
    id: 'x',
    type: 'external_call',
    request: { url: 'https://example.com', method: 'POST', vars: [{ name: 'a', value: 'b' }] },
    outcome: 'a',
  },
  field_condition: {
    id: 'fc',
    type: 'field_condition',
    rules: [
      { left: { source: 'extractedData', field: 'age' }, operator: 'gte', right: { type: 'literal', value: 18 }, outcome: 'a' },
      { left: { source: 'providedData', field: 'x' }, operator: 'exists', outcome: 'b' },
      { left: { source: 'providedData', field: 'y' }, operator: 'equals', right: { type: 'ref', source: 'extractedData', field: 'z' }, outcome: 'c' },
    ],
    default: 'd',
  },
}

/** A valid node of every type, each with every optional field set. */
export const everyNodeType: readonly Record<string, unknown>[] = Object.values(validNodes)

const start = { id: 'start', type: 'start', outcome: 'end' }
const end = { id: 'end', type: 'end' }
const withNode = (node: Record<string, unknown>): unknown[] => [start, node, end]
const greeting = validNodes.conversation

/** Documents every judge accepts. */
export const validDocuments: readonly [string, unknown][] = [
  ['a bare flow array', [start, end]],
  ['a flow with a node of every type, every optional field set', everyNodeType],
  ['{"flow": [...]}', { flow: [start, end] }],
  [
    'a whole session body',
    {
      clientReferenceId: 'user-1',
      metadata: { plan: 'pro' },
      flow: [start, end],
      providedData: { email: 'a@b.c' },
      avatarId: 'a1',
      langs: ['en'],
      defaultLang: 'en',
      zone: 'eu',
      customization: {},
      videoAIAnalysisEnabled: true,
      extractionSchema: [{ fieldName: 'dob', type: 'string', description: 'Date of birth', enum: ['x'] }],
      backgroundAssetId: 'bg',
      initialPhrase: 'Hi',
      finalPhrase: 'Bye',
    },
  ],
  ['a session body with legacy modules and no flow', { modules: [{ type: 'liveness' }] }],
  ['a node with a field FaceSign does not have (kept, and warned about by unknown-field)', withNode({ ...greeting, doesNotRequirReply: true })],
  ['a session body with a setting FaceSign added later', { flow: [start, end], tomorrowsSetting: 1 }],
  ['an outcomes object with an outcome FaceSign added later', withNode({ ...validNodes.recognition, outcomes: { recognized: 'a', newUser: 'b', noFace: 'c', twin: 'd' } })],
  ['a field_condition rule with exists and no right operand', withNode(validNodes.field_condition)],
]

/** Documents every judge rejects. */
export const invalidDocuments: readonly [string, unknown][] = [
  ['an empty flow', []],
  ['an empty object', {}],
  ['a session body with an empty flow', { flow: [] }],
  ['a session body without flow or modules', { clientReferenceId: 'user-1' }],
  ['the {nodes, edges} graph shape', { flow: { nodes: [], edges: [] } }],
  ['null', null],
  ['a string', 'flow'],
  ['a number in the flow', [start, 42, end]],
  ['a node without an id', withNode({ type: 'end' })],
  ['a node with an id that is not a string', withNode({ id: 7, type: 'end' })],
  ['a node without a type', withNode({ id: 'x' })],
  ['a node of an unknown type', withNode({ id: 'x', type: 'selfie' })],
  ['a conversation without outcomes', withNode({ id: 'c', type: 'conversation', prompt: 'Say: Hi' })],
  ['a conversation with an empty outcomes array', withNode({ ...greeting, outcomes: [] })],
  ['a recognition node without noFace', withNode({ id: 'r', type: 'recognition', outcomes: { recognized: 'a', newUser: 'b' } })],
  ['a doesNotRequireReply that is not a boolean', withNode({ ...greeting, doesNotRequireReply: 'yes' })],
  ['an outcome id that is not a string', withNode({ ...greeting, outcomes: [{ id: 1, condition: '', targetNodeId: 'end' }] })],
  [
    'a field_condition rule with equals and no right operand',
    withNode({ ...validNodes.field_condition, rules: [{ left: { source: 'providedData', field: 'x' }, operator: 'equals', outcome: 'end' }] }),
  ],
  ['an otpLength below 4', withNode({ ...validNodes.two_factor_sms, otpLength: 3 })],
  ['a similarityThreshold above 1', withNode({ ...validNodes.face_compare, similarityThreshold: 2 })],
  ['an unknown scanningMode', withNode({ ...validNodes.document_scan, scanningMode: 'manual' })],
  ['an unknown face source', withNode({ ...validNodes.face_compare, sourceA: { source: 'webcam' } })],
  ['an unknown zone', { flow: [start, end], zone: 'mars' }],
  ['a clientReferenceId that is not a string', { flow: [start, end], clientReferenceId: 5 }],
  ['the legacy two_factor node type', withNode({ ...validNodes.two_factor_email, type: 'two_factor' })],
  ['legacy transitions instead of outcomes', withNode({ id: 'c', type: 'conversation', prompt: 'Say: Hi', transitions: greeting.outcomes })],
]

export type Path = (string | number)[]

/** The path of every value inside a value. */
export function pathsOf(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (path.length > 0) found.push(path)
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      pathsOf((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key], found)
    }
  }
  return found
}

/** The node with the value at `path` replaced, or removed. */
export function mutate(node: Record<string, unknown>, path: Path, value: unknown, remove: boolean): Record<string, unknown> {
  const copy = structuredClone(node)
  let parent = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path[path.length - 1]!
  if (remove) {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else Reflect.deleteProperty(parent, last)
  } else {
    parent[last] = value
  }
  return copy
}
