// Step-up verification before a high-value transfer: recognition against the account holder's face,
// liveness with one retry, an SMS code, then a risk check by the bank's backend that the avatar
// waits for, and the user's confirmation. It builds high-value-transfer.flow.json, a `{ "flow": [...] }`
// body, with session() around the flow; `npx fsflow build examples --check` keeps the two in step.
//
// Each node that ends the session is written inside the call whose outcome first leads to it, after
// the route that continues the happy path.
import { flow, session, type Path } from '@fsflow/builder'

/** A last line the avatar says before the session ends. */
const ending =
  <const Id extends string>(id: Id, prompt: string) =>
  (path: Path) =>
    path.converse(id, prompt, { doesNotRequireReply: true }).end()

/** The account holder's face: liveness with one retry, then the SMS code. */
const accountHolder = (path: Path) =>
  path.liveness('liveness_known', {
    noFace: (unclear) =>
      unclear.converse(
        'liveness_retry',
        "Say: I couldn't get a clear read from your camera. Please move somewhere well lit and look straight at the screen. Are you ready to try again?",
        {
          outcomes: [
            {
              id: 'retry',
              when: 'The user is ready to try again',
              to: (again) =>
                again.liveness('liveness_known_retry', {
                  livenessDetected: 'otp_sms',
                  deepfakeDetected: 'transfer_denied',
                  noFace: 'check_incomplete',
                  inconclusive: 'check_incomplete',
                }),
            },
            { id: 'give_up', when: 'The user declines or wants to stop', to: 'transfer_cancelled' },
          ],
        },
      ),
    inconclusive: 'liveness_retry',
    livenessDetected: smsCode,
    deepfakeDetected: 'transfer_denied',
  })

/** A one-time code by SMS to the phone on file; then the risk check. */
const smsCode = (path: Path) =>
  path.twoFactorSms(
    'otp_sms',
    {
      verified: riskCheck,
      failed_unverified: ending(
        'transfer_denied',
        'Say: We could not verify this request, so the transfer has been stopped and your account is protected. Please call the number on the back of your card.',
      ),
      cancelled: ending('transfer_cancelled', 'Say: Okay, the transfer has been cancelled and no money has left your account.'),
      delivery_failed: ending(
        'check_incomplete',
        "Say: We couldn't complete the security check, so the transfer is paused. Please try again from the app in a few minutes or call us.",
      ),
      error: 'check_incomplete',
    },
    {
      smsTemplate: 'Your Northwind transfer code is {code}. We will never ask you for it by phone.',
      otpLength: 6,
      expirySeconds: 300,
      maxAttempts: 3,
      resendAfterSeconds: 30,
      showUI: true,
    },
  )

/** The bank's risk engine scores the transfer while the avatar waits for its answer. */
const riskCheck = (path: Path) =>
  path
    .callExternal('risk_check', {
      url: 'https://risk.northwind.example/v1/transfers/score',
      method: 'POST',
      vars: [
        { name: 'transferId', value: '{transferId}' },
        { name: 'customerEmail', value: '{email}' },
      ],
    })
    .converse(
      'risk_wait',
      "Say: Thanks, your code checks out. I'm running a final security check on this transfer now. It usually takes just a few seconds.",
      {
        outcomes: [{ id: 'cancel', when: 'The user asks to cancel the transfer', to: 'transfer_cancelled' }],
        awaitExternal: {
          timeoutSeconds: 30,
          exits: {
            onDataReady: riskDecision,
            onTimeout: ending(
              'transfer_on_hold',
              'Say: Thanks. This transfer needs a quick manual review, so it is on hold for now. We will text you as soon as it is released.',
            ),
            onError: 'transfer_on_hold',
          },
        },
      },
    )

/** The risk engine's decision, and the daily limit: only an approved transfer within it is confirmed. */
const riskDecision = (path: Path) =>
  path.fieldCondition('risk_route', {
    rules: [
      {
        left: { source: 'extractedData', field: 'riskDecision' },
        operator: 'equals',
        right: { type: 'literal', value: 'decline' },
        to: 'transfer_denied',
      },
      {
        left: { source: 'providedData', field: 'amount' },
        operator: 'gt',
        right: { type: 'ref', source: 'providedData', field: 'dailyLimit' },
        to: 'transfer_on_hold',
      },
      {
        left: { source: 'extractedData', field: 'riskDecision' },
        operator: 'equals',
        right: { type: 'literal', value: 'approve' },
        to: (approved) =>
          approved.converse('confirm_transfer', 'Say: Everything checks out. Do you confirm that you want to send this transfer now?', {
            outcomes: [
              {
                id: 'confirmed',
                when: 'The user confirms the transfer',
                to: ending(
                  'transfer_approved',
                  'Say: Done. Your transfer is on its way and you will get a confirmation by SMS shortly. Thanks for banking with Northwind.',
                ),
              },
              { id: 'declined', when: 'The user declines, hesitates or asks to cancel', to: 'transfer_cancelled' },
            ],
          }),
      },
    ],
    otherwise: 'transfer_on_hold',
  })

/** Someone who is not the account holder: never refused outright, the fraud team calls them. */
const notAccountHolder = (path: Path) =>
  path.liveness('liveness_new', {
    livenessDetected: ending(
      'not_account_holder',
      "Say: I couldn't match your face to the account holder on file, so this transfer is on hold. Our fraud team will contact you within one business day.",
    ),
    deepfakeDetected: 'transfer_denied',
    noFace: 'check_incomplete',
    inconclusive: 'check_incomplete',
  })

export const transferFlow = flow()
  .start()
  .converse(
    'greeting',
    "Say: Hi {name}, before we send this transfer we need to make sure it's really you. This takes less than a minute, so please keep your face in view of the camera while we talk.",
    { outcome: 'acknowledged', when: 'The user has responded or acknowledged' },
  )
  .recognize('recognition', { recognized: accountHolder, newUser: notAccountHolder, noFace: 'liveness_new' })

export default session({ flow: transferFlow })
