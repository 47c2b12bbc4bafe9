// FaceSign's account-recovery flow (seed 004), written with the builder. It compiles to the `flow`
// of account-recovery.flow.json, node for node: the builder's tests compare the two.
import { flow, session } from '@fsflow/builder'

/** Both liveness outcomes in the seed go on to the same node; the seed predates `inconclusive`. */
const continueOnAnyLiveness = { livenessDetected: 'next', deepfakeDetected: 'next', noFace: 'next' } as const

export const recoveryFlow = flow()
  .start()
  .converse(
    'greeting',
    'Say: Hi! I need to verify your identity to help you recover your account. It only takes a few seconds. Ready?',
    { outcome: 'g1', when: 'User has responded or acknowledged' },
  )
  .recognize('recognition', {
    recognized: (path) =>
      path.liveness('liveness_known', continueOnAnyLiveness).converse(
        'confirm_identity',
        "Say: I've confirmed your face matches our records. For additional security, can you tell me the email address associated with your account?",
        {
          outcomes: [
            { id: 'identity_confirmed', when: 'The user provided an email address', to: 'next' },
            { id: 'identity_not_confirmed', when: 'The user could not provide an email address or refused', to: 'next' },
          ],
        },
      ),
    newUser: (path) =>
      path
        .liveness('liveness_new', continueOnAnyLiveness)
        .converse(
          'not_found',
          "Say: I wasn't able to find a matching account. If you're a new user, you'll need to create an account first. If you believe this is an error, please contact our support team.",
          { doesNotRequireReply: true, outcome: 'acknowledged' },
        )
        .end(),
    noFace: 'liveness_new',
  })
  .converse('closing', "Say: You're all set! We'll send you a password reset link shortly. Thanks!", {
    doesNotRequireReply: true,
    outcome: 'c1',
  })
  .end()

export default session({
  clientReferenceId: 'recovery-user-4421',
  metadata: { recoveryType: 'forgot_password', requestedAt: '2025-01-15T10:30:00Z' },
  flow: recoveryFlow,
  videoAIAnalysisEnabled: true,
})
