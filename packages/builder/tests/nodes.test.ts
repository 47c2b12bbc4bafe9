import { describe, expect, it } from 'vitest'
import { flow, type BuiltFlow, type NodeEntry } from '@fsflow/builder'

/** The built JSON of one node of a flow. */
function nodeOf(built: BuiltFlow<NodeEntry>, id: string): unknown {
  return built.build().find((node) => node.id === id)
}

const greeting = 'Say: Hi! I need to verify your identity. It only takes a few seconds, so let us get started. Ready?'

describe('node methods', () => {
  it('start() writes a start node, id "start", whose outcome is the next node written', () => {
    const built = flow().start().end()
    expect(built.build()).toEqual([
      { id: 'start', type: 'start', outcome: 'end' },
      { id: 'end', type: 'end' },
    ])
  })

  it('start(id) and end(id) take the ids you give them', () => {
    const built = flow().start('begin').end('finish')
    expect(built.build()).toEqual([
      { id: 'begin', type: 'start', outcome: 'finish' },
      { id: 'finish', type: 'end' },
    ])
  })

  it('converse() writes a conversation with one outcome, "done", that continues the chain', () => {
    const built = flow().start().converse('greeting', greeting).end()
    expect(nodeOf(built, 'greeting')).toEqual({
      id: 'greeting',
      type: 'conversation',
      prompt: greeting,
      outcomes: [{ id: 'done', condition: '', targetNodeId: 'end' }],
    })
  })

  it('converse() with outcome and when sets the single outcome id and condition', () => {
    const built = flow().start().converse('greeting', greeting, { outcome: 'g1', when: 'User has responded' }).end()
    expect(nodeOf(built, 'greeting')).toMatchObject({ outcomes: [{ id: 'g1', condition: 'User has responded', targetNodeId: 'end' }] })
  })

  it('converse() with outcomes writes one outcome per branch, ids defaulting to outcome_1, outcome_2, …', () => {
    const built = flow()
      .start()
      .converse('ask', 'Ask whether the user has their passport with them; if no answer after 3 attempts, treat it as no.', {
        outcomes: [
          { when: 'The user has a passport', to: 'next' },
          { id: 'no_passport', when: 'The user has no passport', to: 'end' },
          { when: 'The user asks for help', to: 'next' },
        ],
      })
      .end()
    expect(nodeOf(built, 'ask')).toMatchObject({
      outcomes: [
        { id: 'outcome_1', condition: 'The user has a passport', targetNodeId: 'end' },
        { id: 'no_passport', condition: 'The user has no passport', targetNodeId: 'end' },
        { id: 'outcome_3', condition: 'The user asks for help', targetNodeId: 'end' },
      ],
    })
  })

  it('converse() writes doesNotRequireReply and awaitExternal with a route for each exit', () => {
    const built = flow()
      .start()
      .converse('wait', 'Say: One moment while I look up your account.', {
        awaitExternal: {
          timeoutSeconds: 20,
          exits: {
            onDataReady: 'next',
            onTimeout: (path) => path.converse('sorry', 'Say: Sorry, that took too long. Goodbye!', { doesNotRequireReply: true }).end(),
            onError: 'sorry',
          },
        },
      })
      .converse('found', 'Say: Found it. Thank you, goodbye!', { doesNotRequireReply: true })
      .end()
    expect(nodeOf(built, 'wait')).toEqual({
      id: 'wait',
      type: 'conversation',
      prompt: 'Say: One moment while I look up your account.',
      awaitExternal: { exits: { onDataReady: 'found', onTimeout: 'sorry', onError: 'sorry' }, timeoutSeconds: 20 },
      outcomes: [{ id: 'done', condition: '', targetNodeId: 'found' }],
    })
    expect(nodeOf(built, 'sorry')).toMatchObject({ doesNotRequireReply: true, outcomes: [{ targetNodeId: 'end' }] })
  })

  it('recognize() writes recognized, newUser and noFace in the schema order, whatever order they are written in', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .recognize('recognition', { noFace: 'next', newUser: 'next', recognized: 'next' })
      .end()
    const node = nodeOf(built, 'recognition') as { outcomes: object }
    expect(node).toEqual({ id: 'recognition', type: 'recognition', outcomes: { recognized: 'end', newUser: 'end', noFace: 'end' } })
    expect(Object.keys(node.outcomes)).toEqual(['recognized', 'newUser', 'noFace'])
  })

  it('liveness() writes the three seed-era outcomes and leaves inconclusive out unless it is routed', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .liveness('liveness', { livenessDetected: 'next', deepfakeDetected: 'end', noFace: 'end' })
      .liveness('liveness_again', { livenessDetected: 'next', deepfakeDetected: 'end', noFace: 'end', inconclusive: 'end' })
      .end()
    expect(nodeOf(built, 'liveness')).toEqual({
      id: 'liveness',
      type: 'liveness_detection',
      outcomes: { livenessDetected: 'liveness_again', deepfakeDetected: 'end', noFace: 'end' },
    })
    expect(nodeOf(built, 'liveness_again')).toMatchObject({ outcomes: { inconclusive: 'end' } })
  })

  it('enterEmail() writes an enter_email node with its optional prompt', () => {
    const built = flow().start().enterEmail('email', { emailEntered: 'next', canceled: 'end' }, { prompt: 'Please type your email.' }).end()
    expect(nodeOf(built, 'email')).toEqual({
      id: 'email',
      type: 'enter_email',
      prompt: 'Please type your email.',
      outcomes: { emailEntered: 'end', canceled: 'end' },
    })
  })

  it('validateData() writes the validation and one outcome per branch', () => {
    const built = flow()
      .start()
      .validateData('check_email', { field: 'email', action: 'equals', value: 'a@example.com' }, {
        outcomes: [
          { id: 'valid', when: 'The email matches', to: 'next' },
          { id: 'invalid', when: 'The email does not match', to: 'end' },
        ],
      })
      .end()
    expect(nodeOf(built, 'check_email')).toEqual({
      id: 'check_email',
      type: 'data_validation',
      validation: { field: 'email', action: 'equals', value: 'a@example.com' },
      outcomes: [
        { id: 'valid', condition: 'The email matches', targetNodeId: 'end' },
        { id: 'invalid', condition: 'The email does not match', targetNodeId: 'end' },
      ],
    })
  })

  it('scanDocument() writes its settings in the schema order, outcomes last', () => {
    const built = flow()
      .start()
      .scanDocument('scan', { otherwise: 'next' }, { showTorchButton: true, allowedDocumentTypes: ['passport', 'id'], scanningMode: 'single' })
      .end()
    const node = nodeOf(built, 'scan') as object
    expect(node).toEqual({
      id: 'scan',
      type: 'document_scan',
      scanningMode: 'single',
      allowedDocumentTypes: ['passport', 'id'],
      showTorchButton: true,
      outcomes: { scanSuccess: 'end', userCancelled: 'end', scanTimeout: 'end' },
    })
    expect(Object.keys(node)).toEqual(['id', 'type', 'scanningMode', 'allowedDocumentTypes', 'showTorchButton', 'outcomes'])
  })

  it('faceScan() writes a face_scan node with its settings', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .faceScan('selfie', { passed: 'next', notPassed: 'end', cancelled: 'end', error: 'end' }, { requireLivenessChallenge: true, similarityThreshold: 0.8 })
      .end()
    expect(nodeOf(built, 'selfie')).toEqual({
      id: 'selfie',
      type: 'face_scan',
      requireLivenessChallenge: true,
      similarityThreshold: 0.8,
      outcomes: { passed: 'end', notPassed: 'end', cancelled: 'end', error: 'end' },
    })
  })

  it('twoFactorEmail() writes a two_factor_email node with its five outcomes', () => {
    const built = flow()
      .start()
      .twoFactorEmail('otp', { verified: 'next', otherwise: 'end' }, { otpLength: 6, emailTemplate: 'login' })
      .end()
    expect(nodeOf(built, 'otp')).toEqual({
      id: 'otp',
      type: 'two_factor_email',
      emailTemplate: 'login',
      otpLength: 6,
      outcomes: { verified: 'end', delivery_failed: 'end', failed_unverified: 'end', cancelled: 'end', error: 'end' },
    })
  })

  it('twoFactorSms() writes a two_factor_sms node', () => {
    const built = flow().start().twoFactorSms('sms', { otherwise: 'next' }, { smsTemplate: 'code', maxAttempts: 3 }).end()
    expect(nodeOf(built, 'sms')).toMatchObject({ type: 'two_factor_sms', smsTemplate: 'code', maxAttempts: 3 })
  })

  it('permissions() writes the permissions asked for and both outcomes', () => {
    const built = flow()
      .start()
      .permissions('camera', { permissionsGranted: 'next', permissionsDenied: 'end' }, { permissions: { camera: true, microphone: true } })
      .end()
    expect(nodeOf(built, 'camera')).toEqual({
      id: 'camera',
      type: 'permissions',
      permissions: { camera: true, microphone: true },
      outcomes: { permissionsGranted: 'end', permissionsDenied: 'end' },
    })
  })

  it('faceCompare() writes both face sources and the threshold', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .faceCompare('compare', { match: 'next', otherwise: 'end' }, { sourceA: { source: 'sessionVideo' }, sourceB: { source: 'documentPhoto' }, similarityThreshold: 0.7 })
      .end()
    expect(nodeOf(built, 'compare')).toEqual({
      id: 'compare',
      type: 'face_compare',
      sourceA: { source: 'sessionVideo' },
      sourceB: { source: 'documentPhoto' },
      similarityThreshold: 0.7,
      outcomes: { match: 'end', noMatch: 'end', imageUnavailable: 'end' },
    })
  })

  it('callExternal() writes an external_call whose single outcome continues the chain', () => {
    const built = flow().start().callExternal('lookup', { url: 'https://example.com/lookup', method: 'POST' }).end()
    expect(nodeOf(built, 'lookup')).toEqual({
      id: 'lookup',
      type: 'external_call',
      request: { url: 'https://example.com/lookup', method: 'POST' },
      outcome: 'end',
    })
  })

  it('fieldCondition() writes each rule with its outcome, and otherwise as the default', () => {
    const built = flow()
      .start()
      .fieldCondition('by_country', {
        rules: [
          { left: { source: 'providedData', field: 'country' }, operator: 'equals', right: { type: 'literal', value: 'US' }, to: 'next' },
          { left: { source: 'extractedData', field: 'email' }, operator: 'notExists', to: 'end' },
        ],
        otherwise: 'next',
      })
      .end()
    expect(nodeOf(built, 'by_country')).toEqual({
      id: 'by_country',
      type: 'field_condition',
      rules: [
        { left: { source: 'providedData', field: 'country' }, operator: 'equals', right: { type: 'literal', value: 'US' }, outcome: 'end' },
        { left: { source: 'extractedData', field: 'email' }, operator: 'notExists', outcome: 'end' },
      ],
      default: 'end',
    })
  })

  it('end() writes one end node per id, after every other node, however many chains end there', () => {
    const built = flow()
      .start()
      .recognize('recognition', { recognized: (path) => path.end(), newUser: (path) => path.end(), noFace: 'next' })
      .converse('bye', 'Say: Goodbye!', { doesNotRequireReply: true })
      .end()
    expect(built.build().map((node) => node.id)).toEqual(['start', 'recognition', 'bye', 'end'])
  })
})
