import { describe, expect, it } from 'vitest'
import { FlowNode, type NodeType, isNodeType, nodeSchemas, nodeTypes } from '@fsflow/schema'

/** A full example of every node type, optional fields included, and one field each that is of the wrong type. */
const examples: Record<NodeType, { node: Record<string, unknown>; wrong: [field: string, value: unknown] }> = {
  start: { node: { id: 'start', type: 'start', outcome: 'greeting' }, wrong: ['outcome', 1] },
  end: { node: { id: 'end', type: 'end' }, wrong: ['id', null] },
  conversation: {
    node: {
      id: 'greeting',
      type: 'conversation',
      prompt: 'Say: Hi {name}! I need to verify your identity. Ready?',
      outcomes: [{ id: 'g1', condition: 'User has responded or acknowledged', targetNodeId: 'recognition' }],
      doesNotRequireReply: false,
      awaitExternal: { exits: { onDataReady: 'recognition', onTimeout: 'end', onError: 'end' }, timeoutSeconds: 30 },
    },
    wrong: ['doesNotRequireReply', 'false'],
  },
  recognition: {
    node: { id: 'recognition', type: 'recognition', outcomes: { recognized: 'liveness_known', newUser: 'liveness_new', noFace: 'liveness_new' } },
    wrong: ['outcomes', ['liveness_known', 'liveness_new', 'liveness_new']],
  },
  liveness_detection: {
    node: {
      id: 'liveness_known',
      type: 'liveness_detection',
      outcomes: { livenessDetected: 'confirm_identity', deepfakeDetected: 'closing', noFace: 'closing', inconclusive: 'closing' },
    },
    wrong: ['outcomes', { livenessDetected: 'confirm_identity', deepfakeDetected: 'closing', noFace: 'closing', inconclusive: 3 }],
  },
  enter_email: {
    node: { id: 'email', type: 'enter_email', prompt: 'Please type your email address.', outcomes: { emailEntered: 'otp', canceled: 'end' } },
    wrong: ['prompt', { text: 'Please type your email address.' }],
  },
  data_validation: {
    node: {
      id: 'validate',
      type: 'data_validation',
      validation: { field: 'email', action: 'matches', value: '@example.com' },
      outcomes: [
        { id: 'valid', condition: 'The email is valid', targetNodeId: 'end' },
        { id: 'invalid', condition: 'The email is not valid', targetNodeId: 'email' },
      ],
    },
    wrong: ['validation', { field: 'email' }],
  },
  document_scan: {
    node: {
      id: 'scan',
      type: 'document_scan',
      scanningMode: 'automatic',
      allowedDocumentTypes: ['passport', 'dl', 'id', 'residence-permit'],
      outcomes: { scanSuccess: 'compare', userCancelled: 'end', scanTimeout: 'end' },
      showTorchButton: true,
      showCameraSwitch: false,
      showMirrorCameraButton: true,
    },
    wrong: ['allowedDocumentTypes', 'passport'],
  },
  face_scan: {
    node: {
      id: 'face',
      type: 'face_scan',
      outcomes: { passed: 'end', notPassed: 'end', cancelled: 'end', error: 'end' },
      captureInstructions: 'Look straight at the camera.',
      requireLivenessChallenge: true,
      requireAILivenessCheck: true,
      referenceImageKey: 'selfie',
      similarityThreshold: 0.8,
      enableSound: true,
      enableHaptics: false,
    },
    wrong: ['similarityThreshold', 80],
  },
  two_factor_email: {
    node: {
      id: 'otp',
      type: 'two_factor_email',
      outcomes: { verified: 'end', delivery_failed: 'end', failed_unverified: 'end', cancelled: 'end', error: 'end' },
      emailTemplate: 'Your code is {code}',
      otpLength: 6,
      expirySeconds: 300,
      maxAttempts: 3,
      resendAfterSeconds: 30,
      showUI: true,
    },
    wrong: ['otpLength', 9],
  },
  two_factor_sms: {
    node: {
      id: 'sms',
      type: 'two_factor_sms',
      outcomes: { verified: 'end', delivery_failed: 'end', failed_unverified: 'end', cancelled: 'end', error: 'end' },
      smsTemplate: 'Your code is {code}',
      otpLength: 4,
      expirySeconds: 120,
      maxAttempts: 5,
      resendAfterSeconds: 0,
      showUI: false,
    },
    wrong: ['maxAttempts', 2.5],
  },
  permissions: {
    node: {
      id: 'permissions',
      type: 'permissions',
      permissions: { camera: true, microphone: true },
      outcomes: { permissionsGranted: 'greeting', permissionsDenied: 'end' },
      prompt: 'We need your camera and microphone.',
    },
    wrong: ['permissions', { camera: 'yes' }],
  },
  face_compare: {
    node: {
      id: 'compare',
      type: 'face_compare',
      sourceA: { source: 'sessionVideo' },
      sourceB: { source: 'providedData', providedDataKey: 'idPhoto' },
      outcomes: { match: 'end', noMatch: 'end', imageUnavailable: 'end' },
      similarityThreshold: 0.75,
    },
    wrong: ['sourceB', { source: 'providedData' }],
  },
  external_call: {
    node: {
      id: 'notify',
      type: 'external_call',
      request: { url: 'https://example.com/hooks/verified', method: 'POST', vars: [{ name: 'user', value: '{name}' }] },
      outcome: 'end',
    },
    wrong: ['request', { url: 'https://example.com', method: 'PUT' }],
  },
  field_condition: {
    node: {
      id: 'router',
      type: 'field_condition',
      rules: [
        { left: { source: 'providedData', field: 'country' }, operator: 'equals', right: { type: 'literal', value: 'US' }, outcome: 'sms' },
        { left: { source: 'extractedData', field: 'age' }, operator: 'gte', right: { type: 'ref', source: 'providedData', field: 'minAge' }, outcome: 'email' },
        { left: { source: 'providedData', field: 'email' }, operator: 'notExists', outcome: 'end' },
      ],
      default: 'email',
    },
    wrong: ['rules', [{ left: { source: 'providedData', field: 'country' }, operator: 'matches', right: { type: 'literal', value: 'US' }, outcome: 'sms' }]],
  },
}

describe('node schemas', () => {
  it('cover the 15 node types of FaceSign', () => {
    expect(nodeTypes).toHaveLength(15)
    expect(Object.keys(examples).sort()).toEqual([...nodeTypes].sort())
  })

  for (const type of nodeTypes) {
    const { node, wrong } = examples[type]
    describe(type, () => {
      it('accepts a full valid example', () => {
        expect(nodeSchemas[type].safeParse(node).error).toBeUndefined()
        expect(FlowNode.parse(node)).toEqual(node)
      })

      it(`rejects "${wrong[0]}" of the wrong type`, () => {
        const result = nodeSchemas[type].safeParse({ ...node, [wrong[0]]: wrong[1] })
        expect(result.success).toBe(false)
        expect(result.error?.issues[0]?.path[0]).toBe(wrong[0])
      })

      it('rejects the node without an id', () => {
        const withoutId: Record<string, unknown> = { ...node }
        delete withoutId.id
        expect(nodeSchemas[type].safeParse(withoutId).success).toBe(false)
      })
    })
  }

  it('rejects a node of unknown type', () => {
    expect(FlowNode.safeParse({ id: 'x', type: 'teleport' }).success).toBe(false)
  })

  it('accepts a liveness node with the three seed-era outcomes', () => {
    const seedEra = { id: 'liveness_new', type: 'liveness_detection', outcomes: { livenessDetected: 'not_found', deepfakeDetected: 'not_found', noFace: 'not_found' } }
    expect(FlowNode.safeParse(seedEra).success).toBe(true)
  })

  it('rejects a conversation with no outcomes and a field_condition with no rules', () => {
    expect(nodeSchemas.conversation.safeParse({ ...examples.conversation.node, outcomes: [] }).success).toBe(false)
    expect(nodeSchemas.field_condition.safeParse({ ...examples.field_condition.node, rules: [] }).success).toBe(false)
  })

  it('asks a field_condition rule for a right operand unless the operator is exists or notExists', () => {
    const rule = { left: { source: 'providedData', field: 'age' }, outcome: 'end' }
    const router = (operator: string): unknown => ({ id: 'r', type: 'field_condition', rules: [{ ...rule, operator }], default: 'end' })
    expect(nodeSchemas.field_condition.safeParse(router('exists')).success).toBe(true)
    expect(nodeSchemas.field_condition.safeParse(router('notExists')).success).toBe(true)
    const result = nodeSchemas.field_condition.safeParse(router('gt'))
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['rules', 0, 'right'], 'operator "gt" needs a right operand']])
  })

  it('takes the four face sources, the providedData one with its key', () => {
    const compare = (sourceA: unknown): boolean => nodeSchemas.face_compare.safeParse({ ...examples.face_compare.node, sourceA }).success
    expect(['sessionVideo', 'faceScan', 'documentPhoto'].map((source) => compare({ source }))).toEqual([true, true, true])
    expect(compare({ source: 'providedData', providedDataKey: 'photo' })).toBe(true)
    expect(compare({ source: 'upload' })).toBe(false)
  })

  it('keeps the two-factor code length between 4 and 8', () => {
    const otp = (otpLength: number): boolean => nodeSchemas.two_factor_email.safeParse({ ...examples.two_factor_email.node, otpLength }).success
    expect([3, 4, 8, 9].map(otp)).toEqual([false, true, true, false])
  })

  it('tells the current node types from anything else', () => {
    expect(nodeTypes.every(isNodeType)).toBe(true)
    expect(['two_factor', 'toString', '__proto__', 'Start', undefined, 3].some(isNodeType)).toBe(false)
  })
})
