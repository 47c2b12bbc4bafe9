import { describe, expect, it } from 'vitest'
import { Flow, SessionBody, cameraLiveNodeTypes, keyedOutcomes, legacyNodeTypes, videoAnalysisNodeTypes } from '@fsflow/schema'

describe('keyedOutcomes', () => {
  it('lists the fixed outcome keys of FACESIGN.md\'s table, with their exact spellings', () => {
    expect(keyedOutcomes).toEqual({
      recognition: { required: ['recognized', 'newUser', 'noFace'], optional: [] },
      liveness_detection: { required: ['livenessDetected', 'deepfakeDetected', 'noFace'], optional: ['inconclusive'] },
      enter_email: { required: ['emailEntered', 'canceled'], optional: [] },
      document_scan: { required: ['scanSuccess', 'userCancelled', 'scanTimeout'], optional: [] },
      face_scan: { required: ['passed', 'notPassed', 'cancelled', 'error'], optional: [] },
      two_factor_email: { required: ['verified', 'delivery_failed', 'failed_unverified', 'cancelled', 'error'], optional: [] },
      two_factor_sms: { required: ['verified', 'delivery_failed', 'failed_unverified', 'cancelled', 'error'], optional: [] },
      permissions: { required: ['permissionsGranted', 'permissionsDenied'], optional: [] },
      face_compare: { required: ['match', 'noMatch', 'imageUnavailable'], optional: [] },
    })
  })
})

describe('node type groups', () => {
  it('names the four video-analysis node types and the two that keep the camera live', () => {
    expect([...videoAnalysisNodeTypes].sort()).toEqual(['face_compare', 'face_scan', 'liveness_detection', 'recognition'])
    expect([...cameraLiveNodeTypes].sort()).toEqual(['two_factor_email', 'two_factor_sms'])
  })

  it('names the current replacement of the legacy two_factor type', () => {
    expect(legacyNodeTypes).toEqual({ two_factor: 'two_factor_email or two_factor_sms' })
  })
})

const seedFlow = [
  { id: 'start', type: 'start', outcome: 'greeting' },
  {
    id: 'greeting',
    type: 'conversation',
    prompt: 'Say: Hi! I need to verify your identity to help you recover your account. It only takes a few seconds. Ready?',
    outcomes: [{ id: 'g1', targetNodeId: 'recognition', condition: 'User has responded or acknowledged' }],
  },
  { id: 'recognition', type: 'recognition', outcomes: { recognized: 'closing', newUser: 'closing', noFace: 'closing' } },
  {
    id: 'closing',
    type: 'conversation',
    doesNotRequireReply: true,
    prompt: "Say: You're all set!",
    outcomes: [{ id: 'c1', targetNodeId: 'end', condition: '' }],
  },
  { id: 'end', type: 'end' },
]

describe('Flow', () => {
  it('accepts an array of nodes', () => {
    expect(Flow.parse(seedFlow)).toEqual(seedFlow)
  })

  it('rejects the {nodes, edges} shape', () => {
    expect(Flow.safeParse({ nodes: seedFlow, edges: [] }).success).toBe(false)
  })
})

describe('SessionBody', () => {
  it('accepts the seed\'s account-recovery body', () => {
    const body = {
      clientReferenceId: 'recovery-user-4421',
      metadata: { recoveryType: 'forgot_password', requestedAt: '2025-01-15T10:30:00Z' },
      flow: seedFlow,
      videoAIAnalysisEnabled: true,
    }
    expect(SessionBody.parse(body)).toEqual(body)
  })

  it('accepts every documented field', () => {
    const body = {
      clientReferenceId: 'user-1',
      metadata: { plan: 'pro' },
      flow: seedFlow,
      providedData: { name: 'Ada', email: 'ada@example.com' },
      avatarId: 'avatar-1',
      langs: ['en', 'de'],
      defaultLang: 'en',
      zone: 'eu',
      customization: { theme: 'dark' },
      videoAIAnalysisEnabled: false,
      extractionSchema: [{ fieldName: 'dob', type: 'string', description: 'Date of birth', enum: ['a', 'b'] }],
      backgroundAssetId: 'bg-1',
    }
    expect(SessionBody.safeParse(body).error).toBeUndefined()
  })

  it('accepts the legacy fields: modules, initialPhrase, finalPhrase and zone "es"', () => {
    const legacy = { modules: [{ type: 'liveness', settings: { strict: true } }], initialPhrase: 'Hello!', finalPhrase: 'Goodbye!', zone: 'es' }
    expect(SessionBody.parse(legacy)).toEqual(legacy)
  })

  it('keeps fields it does not know, which FaceSign adds over time', () => {
    expect(SessionBody.parse({ flow: seedFlow, newSetting: 1 })).toEqual({ flow: seedFlow, newSetting: 1 })
  })

  it('rejects an unknown zone, a module without a type and a flow that is not an array', () => {
    expect(SessionBody.safeParse({ zone: 'asia' }).success).toBe(false)
    expect(SessionBody.safeParse({ modules: [{ name: 'liveness' }] }).success).toBe(false)
    expect(SessionBody.safeParse({ flow: { nodes: [], edges: [] } }).success).toBe(false)
  })
})

describe('unknown fields', () => {
  it('survive Flow.parse, on a node and inside it, so that a field FaceSign adds tomorrow is kept', () => {
    const flow = [
      { id: 'start', type: 'start', outcome: 'recognition', note: 'entry' },
      { id: 'recognition', type: 'recognition', outcomes: { recognized: 'end', newUser: 'end', noFace: 'end', twin: 'end' } },
      { id: 'end', type: 'end', doesNotRequirReply: true },
    ]
    expect(Flow.parse(flow)).toEqual(flow)
  })

  it('survive SessionBody.parse', () => {
    const body = { flow: [{ id: 'start', type: 'start', outcome: 'end' }, { id: 'end', type: 'end' }], tomorrowsSetting: { on: true } }
    expect(SessionBody.parse(body)).toEqual(body)
  })
})

describe('what is not a flow', () => {
  it('rejects an empty flow and a session body without flow or modules, as lint does', () => {
    expect(Flow.safeParse([]).success).toBe(false)
    expect(SessionBody.safeParse({}).success).toBe(false)
    expect(SessionBody.safeParse({ modules: [{ type: 'liveness' }] }).success).toBe(true)
  })
})
