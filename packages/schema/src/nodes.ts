import { z } from 'zod/v4'
import { openObject } from './open-object.js'
import { ConditionOperator, ConditionalOutcome, FaceSource, FieldRef, NodeId, Operand } from './operands.js'

const id = z.string().meta({ description: 'Unique node id; webhook code reads outcomes by it in report.nodeReports.' })
const prompt = z.string().meta({
  description: 'Prompts starting "Say:" are spoken verbatim; others are goals for the AI avatar.',
})

/** Entry point of every flow: exactly one per flow. */
export const StartNode = openObject({ id, type: z.literal('start'), outcome: NodeId })
export type StartNode = z.infer<typeof StartNode>

/** Ends the session. */
export const EndNode = openObject({ id, type: z.literal('end') })
export type EndNode = z.infer<typeof EndNode>

/** Waits for data from your backend while the avatar talks, then leaves through one of three exits. */
export const AwaitExternal = z.looseObject({
  exits: openObject({ onDataReady: NodeId, onTimeout: NodeId, onError: NodeId }),
  timeoutSeconds: z.number().positive().optional(),
})
export type AwaitExternal = z.infer<typeof AwaitExternal>

/** The AI avatar speaks or pursues a goal, then routes on natural-language conditions. */
export const ConversationNode = openObject({
  id,
  type: z.literal('conversation'),
  prompt,
  outcomes: z.array(ConditionalOutcome).min(1),
  doesNotRequireReply: z.boolean().optional().meta({
    description: 'For final statements before an end: the node moves on without waiting for the user.',
  }),
  awaitExternal: AwaitExternal.optional(),
})
export type ConversationNode = z.infer<typeof ConversationNode>

/** 1:N face matching against the enrolled faces of your account. */
export const RecognitionNode = openObject({
  id,
  type: z.literal('recognition'),
  outcomes: openObject({ recognized: NodeId, newUser: NodeId, noFace: NodeId }),
})
export type RecognitionNode = z.infer<typeof RecognitionNode>

/** Checks that a live person, not a replay or deepfake, is in front of the camera. */
export const LivenessDetectionNode = openObject({
  id,
  type: z.literal('liveness_detection'),
  outcomes: openObject({
    livenessDetected: NodeId,
    deepfakeDetected: NodeId,
    noFace: NodeId,
    inconclusive: NodeId.optional().meta({
      description: 'Since SDK 1.0.44; when absent the server routes it to the noFace target.',
    }),
  }),
})
export type LivenessDetectionNode = z.infer<typeof LivenessDetectionNode>

/** Asks the user to type an email address. */
export const EnterEmailNode = openObject({
  id,
  type: z.literal('enter_email'),
  prompt: prompt.optional(),
  outcomes: openObject({ emailEntered: NodeId, canceled: NodeId }),
})
export type EnterEmailNode = z.infer<typeof EnterEmailNode>

/** Validates a field of session data and routes like a conversation. */
export const DataValidationNode = openObject({
  id,
  type: z.literal('data_validation'),
  validation: openObject({ field: z.string(), action: z.string(), value: z.unknown().optional() }),
  outcomes: z.array(ConditionalOutcome).min(1),
})
export type DataValidationNode = z.infer<typeof DataValidationNode>

/** Scans an identity document. */
export const DocumentScanNode = openObject({
  id,
  type: z.literal('document_scan'),
  scanningMode: z.enum(['single', 'automatic']),
  allowedDocumentTypes: z.array(z.string()).min(1).meta({ description: 'For example passport, dl, id, residence-permit.' }),
  outcomes: openObject({ scanSuccess: NodeId, userCancelled: NodeId, scanTimeout: NodeId }),
  showTorchButton: z.boolean().optional(),
  showCameraSwitch: z.boolean().optional(),
  showMirrorCameraButton: z.boolean().optional(),
})
export type DocumentScanNode = z.infer<typeof DocumentScanNode>

/** Captures a face, optionally with a liveness challenge and a comparison to a reference image. */
export const FaceScanNode = openObject({
  id,
  type: z.literal('face_scan'),
  outcomes: openObject({ passed: NodeId, notPassed: NodeId, cancelled: NodeId, error: NodeId }),
  captureInstructions: z.string().optional(),
  requireLivenessChallenge: z.boolean().optional(),
  requireAILivenessCheck: z.boolean().optional(),
  referenceImageKey: z.string().optional(),
  similarityThreshold: z.number().min(0).max(1).optional(),
  enableSound: z.boolean().optional(),
  enableHaptics: z.boolean().optional(),
})
export type FaceScanNode = z.infer<typeof FaceScanNode>

const twoFactorOutcomes = openObject({
  verified: NodeId,
  delivery_failed: NodeId,
  failed_unverified: NodeId,
  cancelled: NodeId,
  error: NodeId,
})
const twoFactorSettings = {
  otpLength: z.int().min(4).max(8).optional().meta({ description: 'Digits in the code (default 6).' }),
  expirySeconds: z.int().positive().optional().meta({ description: 'Default 300.' }),
  maxAttempts: z.int().positive().optional().meta({ description: 'Default 3.' }),
  resendAfterSeconds: z.int().nonnegative().optional(),
  showUI: z.boolean().optional(),
}

/** Sends a one-time code by email; keeps the camera live while the user types it. */
export const TwoFactorEmailNode = openObject({
  id,
  type: z.literal('two_factor_email'),
  outcomes: twoFactorOutcomes,
  emailTemplate: z.string().optional(),
  ...twoFactorSettings,
})
export type TwoFactorEmailNode = z.infer<typeof TwoFactorEmailNode>

/** Sends a one-time code by SMS; keeps the camera live while the user types it. */
export const TwoFactorSmsNode = openObject({
  id,
  type: z.literal('two_factor_sms'),
  outcomes: twoFactorOutcomes,
  smsTemplate: z.string().optional(),
  ...twoFactorSettings,
})
export type TwoFactorSmsNode = z.infer<typeof TwoFactorSmsNode>

/** Asks the browser for camera and microphone access. */
export const PermissionsNode = openObject({
  id,
  type: z.literal('permissions'),
  permissions: openObject({ camera: z.boolean().optional(), microphone: z.boolean().optional() }),
  outcomes: openObject({ permissionsGranted: NodeId, permissionsDenied: NodeId }),
  prompt: prompt.optional(),
})
export type PermissionsNode = z.infer<typeof PermissionsNode>

/** Compares two faces, e.g. the session video against a document photo. */
export const FaceCompareNode = openObject({
  id,
  type: z.literal('face_compare'),
  sourceA: FaceSource,
  sourceB: FaceSource,
  outcomes: openObject({ match: NodeId, noMatch: NodeId, imageUnavailable: NodeId }),
  similarityThreshold: z.number().min(0).max(1).optional(),
})
export type FaceCompareNode = z.infer<typeof FaceCompareNode>

/** Calls your backend; never branches. */
export const ExternalCallNode = openObject({
  id,
  type: z.literal('external_call'),
  request: openObject({
    url: z.string(),
    method: z.enum(['GET', 'POST']).optional(),
    vars: z.array(openObject({ name: z.string(), value: z.string() })).optional(),
  }),
  outcome: NodeId,
})
export type ExternalCallNode = z.infer<typeof ExternalCallNode>

/** One deterministic routing rule of a `field_condition` node. */
export const FieldConditionRule = z
  .object({ left: FieldRef, operator: ConditionOperator, right: Operand.optional(), outcome: NodeId })
  .check((ctx) => {
    const needsRight = ctx.value.operator !== 'exists' && ctx.value.operator !== 'notExists'
    if (needsRight && ctx.value.right === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['right'],
        message: `operator "${ctx.value.operator}" needs a right operand`,
      })
    }
  })
  // The same rule in the JSON Schema.
  .meta({ if: { properties: { operator: { not: { enum: ['exists', 'notExists'] } } } }, then: { required: ['right'] } })
export type FieldConditionRule = z.infer<typeof FieldConditionRule>

/** Deterministic router over session data: the first matching rule wins, else `default`. */
export const FieldConditionNode = openObject({
  id,
  type: z.literal('field_condition'),
  rules: z.array(FieldConditionRule).min(1),
  default: NodeId,
})
export type FieldConditionNode = z.infer<typeof FieldConditionNode>
