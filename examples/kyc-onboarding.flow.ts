// KYC onboarding for a bank account: camera permissions, a document scan, the document's photo
// against the live face, liveness with one retry, an age check on the extracted date of birth and a
// source-of-funds question. It compiles to kyc-onboarding.flow.json, node for node
// (`npx fsflow build examples --check` says so).
//
// Each stage is a sub-flow that takes the path of the outcome leading to it. A node that ends the
// session is written inside the call whose outcome first leads to it, after the stage that continues
// the happy path, so the nodes come out in the order of the JSON: the happy path first, the endings
// after it, the earliest check's ending last.
import { flow, session, type Path } from '@fsflow/builder'

/** A last line the avatar says before the session ends. */
const ending =
  <const Id extends string>(id: Id, prompt: string) =>
  (path: Path) =>
    path.converse(id, prompt, { doesNotRequireReply: true }).end()

/** The camera and microphone are granted: greet, then scan a document. */
const greeting = (path: Path) =>
  path.converse(
    'greeting',
    "Say: Hi {name}, welcome to Northwind Bank! I'm going to help you open your account. We'll scan a photo ID and take a quick look at your face, which takes about two minutes. Shall we begin?",
    {
      outcomes: [
        { id: 'ready', when: 'The user agrees to begin', to: documentScan },
        {
          id: 'not_now',
          when: 'The user declines or says they want to stop',
          to: ending('declined', 'Say: No problem. You can start again whenever you are ready from the link in your email.'),
        },
      ],
    },
  )

/** A photo ID, scanned automatically; a timeout offers another try. */
const documentScan = (path: Path) =>
  path.scanDocument(
    'document_scan',
    {
      scanTimeout: (timedOut) =>
        timedOut.converse(
          'scan_retry',
          'Say: The scan timed out before I could read your document. Hold it flat, fill the frame with the whole card and avoid glare from lights. Would you like to try again?',
          {
            outcomes: [
              { id: 'retry', when: 'The user wants to try the scan again', to: 'document_scan' },
              { id: 'give_up', when: 'The user declines or wants to stop', to: 'scan_cancelled' },
            ],
          },
        ),
      scanSuccess: faceMatch,
      userCancelled: ending('scan_cancelled', 'Say: No problem. You can come back and scan your document at any time from the link in your email.'),
    },
    {
      scanningMode: 'automatic',
      allowedDocumentTypes: ['passport', 'dl', 'id', 'residence-permit'],
      showTorchButton: true,
      showCameraSwitch: true,
      showMirrorCameraButton: false,
    },
  )

/** The document's photo against the face on camera; anything but a match goes to a person. */
const faceMatch = (path: Path) =>
  path.faceCompare(
    'document_face_match',
    { match: liveness, noMatch: 'manual_review', imageUnavailable: 'manual_review' },
    { sourceA: { source: 'documentPhoto' }, sourceB: { source: 'sessionVideo' }, similarityThreshold: 0.8 },
  )

/** Liveness, with one retry when the camera could not see the user; a deepfake stops everything. */
const liveness = (path: Path) =>
  path.liveness('liveness', {
    noFace: (unclear) =>
      unclear.converse(
        'liveness_retry',
        "Say: I couldn't get a clear look at you. Please face the camera in good light, remove sunglasses or a hat, and hold still for a moment. Ready to try again?",
        {
          outcomes: [
            {
              id: 'retry',
              when: 'The user is ready to try again',
              to: (again) =>
                again.liveness('liveness_second', {
                  livenessDetected: 'age_check',
                  deepfakeDetected: 'fraud_stop',
                  noFace: 'manual_review',
                  inconclusive: 'manual_review',
                }),
            },
            { id: 'give_up', when: 'The user declines or wants to stop', to: 'manual_review' },
          ],
        },
      ),
    inconclusive: 'liveness_retry',
    livenessDetected: ageCheck,
    deepfakeDetected: ending(
      'fraud_stop',
      "Say: We weren't able to verify this session, so we can't continue with your application. Please visit a branch with your photo ID.",
    ),
  })

/** 18 or older by the document's date of birth; an unreadable age goes to a person. */
const ageCheck = (path: Path) =>
  path.fieldCondition('age_check', {
    rules: [
      { left: { source: 'extractedData', field: 'age' }, operator: 'notExists', to: 'manual_review' },
      { left: { source: 'extractedData', field: 'age' }, operator: 'gte', right: { type: 'literal', value: 18 }, to: sourceOfFunds },
    ],
    otherwise: ending(
      'underage',
      'Say: Thank you. You need to be at least 18 to open this account, so we cannot continue today. We have not kept a copy of your document.',
    ),
  })

/** The one question the bank must ask; no answer goes to a person rather than failing the user. */
const sourceOfFunds = (path: Path) =>
  path.converse(
    'source_of_funds',
    'Ask the user for their current occupation and the main source of the money they plan to deposit. A short answer is enough. Move on when they do not answer after 3 attempts.',
    {
      outcomes: [
        {
          id: 'answered',
          when: 'The user named an occupation and a source of funds',
          to: ending(
            'approved',
            "Say: Thank you, {name}. Your identity is verified and your account is being opened. You'll get a confirmation email within a few minutes.",
          ),
        },
        {
          id: 'no_answer',
          when: 'The user refused or did not answer after 3 attempts',
          to: ending(
            'manual_review',
            "Say: Thanks for your patience. We couldn't finish every check automatically, so a member of our team will review your application and email you within one business day.",
          ),
        },
      ],
    },
  )

export const onboardingFlow = flow()
  .start()
  .permissions(
    'permissions',
    {
      permissionsGranted: greeting,
      permissionsDenied: ending(
        'permissions_denied',
        'Say: We need your camera and microphone to verify your identity. You can allow them in your browser settings and open the link again whenever you are ready.',
      ),
    },
    { permissions: { camera: true, microphone: true }, prompt: 'We need your camera and microphone to verify your identity.' },
  )

export default session({
  clientReferenceId: 'kyc-applicant-20931',
  metadata: { product: 'checking-account', channel: 'mobile-web', campaign: 'spring-2026' },
  providedData: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  langs: ['en', 'es'],
  defaultLang: 'en',
  zone: 'eu',
  videoAIAnalysisEnabled: true,
  extractionSchema: [
    { fieldName: 'age', type: 'number', description: "The applicant's age in whole years, from the date of birth on the scanned document" },
    { fieldName: 'documentCountry', type: 'string', description: 'ISO 3166-1 alpha-2 code of the country that issued the document' },
    { fieldName: 'occupation', type: 'string', description: 'The occupation the applicant states' },
    {
      fieldName: 'sourceOfFunds',
      type: 'string',
      description: 'Where the money the applicant will deposit comes from',
      enum: ['salary', 'savings', 'business', 'investments', 'inheritance', 'other'],
    },
  ],
  flow: onboardingFlow,
})
