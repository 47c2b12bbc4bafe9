// Email login recovery: the user types the email they signed up with, proves they own it with a
// one-time code, then passes a face scan against their enrolled selfie. It compiles to
// email-login-recovery.flow.json, node for node (`npx fsflow build examples --check` says so).
//
// Each node that ends the session is written inside the call whose outcome first leads to it, so
// the nodes come out in the order of the JSON: the happy path first, the endings after it.
import { flow, type Path } from '@fsflow/builder'

/** A last line the avatar says before the session ends. */
const ending =
  <const Id extends string>(id: Id, prompt: string) =>
  (path: Path) =>
    path.converse(id, prompt, { doesNotRequireReply: true }).end()

export default flow()
  .start()
  .converse(
    'greeting',
    "Say: Hi there! Let's get you back into your account. I'll ask for the email address you signed up with, send you a short code, and then take a quick look at your face.",
    { outcome: 'acknowledged', when: 'The user has responded or acknowledged' },
  )
  .enterEmail('enter_email', { emailEntered: 'next', canceled: 'login_cancelled' }, { prompt: 'Type the email address you use to sign in.' })
  .validateData(
    'email_check',
    { field: 'email', action: 'matches', value: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' },
    {
      outcomes: [
        { id: 'valid', when: 'The email address is well formed', to: 'next' },
        {
          id: 'invalid',
          when: 'The email address is not well formed',
          to: (retry) =>
            retry
              .converse(
                'email_retry',
                "Say: That doesn't look like a complete email address. Let's try typing it once more, including the part after the at sign.",
                { outcome: 'acknowledged', when: 'The user has responded or acknowledged' },
              )
              .goto('enter_email'),
        },
      ],
    },
  )
  .twoFactorEmail(
    'otp_email',
    {
      verified: (verified) =>
        verified.faceScan(
          'face_scan',
          {
            passed: ending('recovered', "Say: You're all set! We've signed you in, and you can choose a new password on the next screen."),
            notPassed: ending(
              'recovery_denied',
              "Say: I'm sorry, we couldn't confirm it's you, so we can't restore access right now. Please contact support from the help page.",
            ),
            cancelled: 'login_cancelled',
            error: 'try_later',
          },
          {
            captureInstructions: 'Look straight at the camera, then slowly turn your head when asked.',
            requireLivenessChallenge: true,
            requireAILivenessCheck: true,
            referenceImageKey: 'enrolledSelfie',
            similarityThreshold: 0.85,
            enableSound: true,
            enableHaptics: true,
          },
        ),
      delivery_failed: ending(
        'email_not_delivered',
        "Say: We couldn't deliver the code to that address. Please check it for typos and start the recovery again.",
      ),
      cancelled: ending('login_cancelled', 'Say: No problem, nothing has changed on your account. You can start the recovery again at any time.'),
      error: ending('try_later', 'Say: Something went wrong on our side. Please try again in a few minutes.'),
      failed_unverified: 'recovery_denied',
    },
    { emailTemplate: 'login-recovery-code', otpLength: 6, expirySeconds: 600, maxAttempts: 3, resendAfterSeconds: 30, showUI: true },
  )
