// Generates large, realistic FaceSign flows for the benchmark, as pretty-printed session bodies.
//
// A flow is a start node, then `segments` copies of one verification stage (permissions, consent,
// the recognition branching pattern, liveness with inconclusive routed to a retry, SMS and email
// one-time codes, a risk API call awaited by a conversation, a field_condition router, document scan,
// face compare, face scan, a questionnaire of conversations, and final statements with their own
// ends), chained so that each stage's happy path leads into the next one, then a closing statement.
// All 15 node types appear in every stage; there are about 1.5 outcomes per node.
//
// A few mistakes are seeded, spread over the file, so that diagnostics have to be located in it:
// unreachable nodes (an old greeting nobody points to) and dangling targets (a misspelt target id
// on an outcome whose node is reached by other outcomes too, so nothing else breaks).
//
// Usage: node bench/generate.js <nodes> <out-file> [--minified] [--stress chain-typo|one-dangling|loop]

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const questions = [
  'What is your full legal name, exactly as it appears on your ID?',
  'What is your date of birth?',
  'What is the street address where you live today?',
  'How long have you lived at that address?',
  'What is your current occupation?',
  'Who is your employer, or are you self-employed?',
  'What is the main source of the money you plan to deposit?',
  'Roughly how much do you expect to deposit each month?',
  'Will you send or receive payments from outside the country?',
  'Which countries will those payments mostly involve?',
  'Do you hold a public office, or are you closely related to someone who does?',
  'Are you opening this account only for yourself?',
  'What will you mainly use this account for?',
  'Do you already bank with us in any other way?',
  'What is the best phone number to reach you on?',
  'Is the email address we have for you still current?',
  'Which language would you like us to use when we contact you?',
  'Would you like paper statements, or are digital statements fine?',
  'Do you expect to make cash deposits at a branch?',
  'Will anyone else have access to this account?',
  'Do you have a tax identification number in another country?',
  'Are you a tax resident anywhere other than here?',
  'What is your nationality?',
  'Which city were you born in?',
  'Have you changed your name in the last five years?',
]

const goals = [
  'Ask the user to confirm the last four digits of the phone number on their account. Move on if they do not answer after 3 attempts.',
  'Ask the user to briefly describe the most recent transaction they made. Move on if they refuse or do not answer after 3 attempts.',
  'Find out whether the user is completing this verification on their own device. Move on if they do not answer after 3 attempts.',
  'Ask the user which branch they usually visit, if any. Move on when they decline or do not answer after 3 attempts.',
  'Collect the name of the user\'s employer. Accept "self-employed" or "retired". Move on if they refuse or do not answer after 3 attempts.',
]

const greetings = [
  "Hi {name}, welcome! I'm going to help you verify your identity today. It only takes a couple of minutes, and I'll guide you through every step.",
  "Hello {name}, thanks for joining. Before we continue I need to confirm who you are, so please keep your face in view of the camera while we talk.",
  "Welcome back, {name}. We need a few more checks for this part of your application. Please find a quiet, well lit spot and keep the camera on you.",
]

const answered = [
  'The user answered the question',
  'The user gave an answer',
  'The user responded',
  'The user has responded or acknowledged',
]

const out = (id, condition, targetNodeId) => ({ id, condition, targetNodeId })
const say = (id, text, outcomes) => ({ id, type: 'conversation', prompt: `Say: ${text}`, outcomes })
const final = (id, text, target) => ({
  id,
  type: 'conversation',
  prompt: `Say: ${text}`,
  doesNotRequireReply: true,
  outcomes: [out('done', '', target)],
})

/** Questions per stage: sized so that a flow has about 1.5 outcomes per node. */
const questionCount = 30

/** One verification stage; `next` is where its happy path continues. */
function stage(s, next, seed) {
  const p = `s${s}_`
  const id = (name) => p + name
  const q = (i) => id(`q${i + 1}`)
  const nodes = [
    say(id('intro'), greetings[s % greetings.length], [out('acknowledged', answered[3], id('permissions'))]),
    {
      id: id('permissions'),
      type: 'permissions',
      permissions: { camera: true, microphone: true },
      prompt: 'We need your camera and microphone to verify your identity.',
      outcomes: { permissionsGranted: id('consent'), permissionsDenied: id('permissions_denied') },
    },
    say(id('consent'), 'This session is recorded so that we can check it is really you. The recording is kept for ninety days and never shared. Do you agree to continue?', [
      out('agreed', 'The user agrees to continue', id('recognition')),
      out('refused', 'The user declines or refuses to be recorded', id('declined')),
    ]),
    {
      id: id('recognition'),
      type: 'recognition',
      outcomes: { recognized: id('liveness_known'), newUser: id('liveness_new'), noFace: id('liveness_new') },
    },
    {
      id: id('liveness_known'),
      type: 'liveness_detection',
      outcomes: {
        livenessDetected: id('greet_known'),
        deepfakeDetected: id('fraud'),
        noFace: id('liveness_retry'),
        inconclusive: id('liveness_retry'),
      },
    },
    say(id('liveness_retry'), "I couldn't get a clear look at you. Please face the camera in good light and hold still for a moment. Ready to try again?", [
      out('retry', 'The user is ready to try again', id('liveness_known')),
      out('give_up', 'The user declines or wants to stop', seed.dangling ? id('manual_reveiw') : id('manual_review')),
    ]),
    {
      id: id('greet_known'),
      type: 'conversation',
      prompt: 'Greet the user by their full name and ask them to confirm their date of birth. Move on if they do not answer after 3 attempts.',
      outcomes: [
        out('confirmed', 'The user confirmed their date of birth', id('otp_sms')),
        out('no_answer', 'The user refused or did not answer after 3 attempts', id('manual_review')),
      ],
    },
    {
      id: id('otp_sms'),
      type: 'two_factor_sms',
      smsTemplate: 'Your verification code is {code}. We will never ask you for it by phone.',
      otpLength: 6,
      expirySeconds: 300,
      maxAttempts: 3,
      outcomes: {
        verified: id('risk_call'),
        delivery_failed: id('manual_review'),
        failed_unverified: id('fraud'),
        cancelled: id('declined'),
        error: id('manual_review'),
      },
    },
    {
      id: id('risk_call'),
      type: 'external_call',
      request: {
        url: 'https://risk.example.com/v1/sessions/score',
        method: 'POST',
        vars: [
          { name: 'stage', value: String(s) },
          { name: 'email', value: '{email}' },
        ],
      },
      outcome: id('risk_wait'),
    },
    {
      id: id('risk_wait'),
      type: 'conversation',
      prompt: "Say: Thanks, your code checks out. I'm running one more security check now; it usually takes a few seconds.",
      awaitExternal: {
        timeoutSeconds: 30,
        exits: { onDataReady: id('risk_route'), onTimeout: id('manual_review'), onError: id('manual_review') },
      },
      outcomes: [out('cancel', 'The user asks to stop the verification', id('declined'))],
    },
    {
      id: id('risk_route'),
      type: 'field_condition',
      rules: [
        {
          left: { source: 'extractedData', field: 'riskDecision' },
          operator: 'equals',
          right: { type: 'literal', value: 'decline' },
          outcome: id('fraud'),
        },
        {
          left: { source: 'extractedData', field: 'riskScore' },
          operator: 'lte',
          right: { type: 'ref', source: 'providedData', field: 'riskThreshold' },
          outcome: id('q1'),
        },
      ],
      default: id('manual_review'),
    },
    {
      id: id('liveness_new'),
      type: 'liveness_detection',
      outcomes: {
        livenessDetected: id('ask_email'),
        deepfakeDetected: id('fraud'),
        noFace: id('manual_review'),
        inconclusive: id('manual_review'),
      },
    },
    say(id('ask_email'), "I don't have you on file yet, so let's set you up. Please type the email address you'd like to use.", [
      out('acknowledged', answered[3], id('enter_email')),
    ]),
    {
      id: id('enter_email'),
      type: 'enter_email',
      prompt: 'Type your email address.',
      outcomes: { emailEntered: id('email_check'), canceled: id('declined') },
    },
    {
      id: id('email_check'),
      type: 'data_validation',
      validation: { field: 'email', action: 'matches', value: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' },
      outcomes: [
        out('valid', 'The email address is well formed', id('otp_email')),
        out('invalid', 'The email address is not well formed', id('enter_email')),
      ],
    },
    {
      id: id('otp_email'),
      type: 'two_factor_email',
      emailTemplate: 'verification-code',
      otpLength: 6,
      expirySeconds: 600,
      maxAttempts: 3,
      resendAfterSeconds: 30,
      showUI: true,
      outcomes: {
        verified: id('document_scan'),
        delivery_failed: id('manual_review'),
        failed_unverified: id('fraud'),
        cancelled: id('declined'),
        error: id('manual_review'),
      },
    },
    {
      id: id('document_scan'),
      type: 'document_scan',
      scanningMode: s % 2 === 0 ? 'automatic' : 'single',
      allowedDocumentTypes: ['passport', 'dl', 'id', 'residence-permit'],
      showTorchButton: true,
      showCameraSwitch: true,
      outcomes: { scanSuccess: id('face_compare'), userCancelled: id('declined'), scanTimeout: id('manual_review') },
    },
    {
      id: id('face_compare'),
      type: 'face_compare',
      sourceA: { source: 'documentPhoto' },
      sourceB: { source: 'sessionVideo' },
      similarityThreshold: 0.8,
      outcomes: { match: id('face_scan'), noMatch: id('manual_review'), imageUnavailable: id('manual_review') },
    },
    {
      id: id('face_scan'),
      type: 'face_scan',
      captureInstructions: 'Look straight at the camera, then slowly turn your head when asked.',
      requireLivenessChallenge: true,
      requireAILivenessCheck: true,
      similarityThreshold: 0.85,
      outcomes: { passed: id('q1'), notPassed: id('fraud'), cancelled: id('declined'), error: id('manual_review') },
    },
  ]
  for (let i = 0; i < questionCount; i++) {
    const target = i + 1 < questionCount ? q(i + 1) : next
    const k = s * questionCount + i
    if (i % 6 === 5) {
      nodes.push({
        id: q(i),
        type: 'conversation',
        prompt: goals[k % goals.length],
        outcomes: [out('done', 'The user answered, refused, or did not answer after 3 attempts', target)],
      })
    } else {
      nodes.push(say(q(i), questions[k % questions.length], [out('answered', answered[k % 3], target)]))
    }
  }
  nodes.push(
    final(id('permissions_denied'), 'We need your camera and microphone to verify your identity. You can allow them in your browser settings and open the link again.', id('end_permissions')),
    { id: id('end_permissions'), type: 'end' },
    final(id('declined'), 'No problem. Nothing has been saved, and you can start again whenever you are ready from the link in your email.', id('end_declined')),
    { id: id('end_declined'), type: 'end' },
    final(id('fraud'), "We weren't able to verify this session, so we can't continue. Please visit a branch with your photo ID.", id('end_fraud')),
    { id: id('end_fraud'), type: 'end' },
    final(id('manual_review'), "Thanks for your patience. We couldn't finish every check automatically, so our team will review your application and email you within one business day.", id('end_review')),
    { id: id('end_review'), type: 'end' },
  )
  if (seed.unreachable) {
    // An old greeting left behind when the stage was reworked: nothing points to it any more.
    nodes.push(say(id('old_greeting'), 'Hi! Please look at the camera.', [out('acknowledged', answered[3], id('consent'))]))
  }
  return nodes
}

const stageSize = stage(0, 'x', {}).length

/** Every node of a flow of exactly `size` nodes (size ≥ stageSize + 8), one at a time. */
export function* flowNodes(size) {
  const seeds = Math.max(3, Math.floor(size / 25_000))
  const fixed = 3 // start, closing, end
  const stages = Math.max(1, Math.floor((size - fixed - seeds) / stageSize))
  const padding = size - fixed - seeds - stages * stageSize
  if (padding < 0) throw new Error(`${size} nodes is too small a flow (at least ${stageSize + fixed + seeds})`)
  // Stage numbers that get a seeded mistake, spread evenly.
  const seeded = new Set()
  for (let i = 0; i < seeds; i++) seeded.add(Math.floor(((i + 0.5) * stages) / seeds))
  const spare = seeds - seeded.size // several seeds in one stage when there are few stages
  const firstExtra = 'extra_q1'
  yield { id: 'start', type: 'start', outcome: 's0_intro' }
  for (let s = 0; s < stages; s++) {
    const next = s + 1 < stages ? `s${s + 1}_intro` : padding > 0 ? firstExtra : 'closing'
    const seed = seeded.has(s) ? { unreachable: true, dangling: true } : {}
    yield* stage(s, next, seed)
  }
  // Seeds that did not get their own stage: more unreachable greetings at the end of the flow.
  for (let i = 0; i < spare; i++) {
    yield say(`orphan_${i + 1}`, 'Hi! Please look at the camera.', [out('acknowledged', answered[3], 's0_consent')])
  }
  for (let i = 0; i < padding; i++) {
    const next = i + 1 < padding ? `extra_q${i + 2}` : 'closing'
    yield say(`extra_q${i + 1}`, questions[i % questions.length], [out('answered', answered[i % 3], next)])
  }
  yield final('closing', "You're all set! Your identity is verified and we'll email you a confirmation within a few minutes. Thanks!", 'end')
  yield { id: 'end', type: 'end' }
}

/**
 * Writes the flow as a session body, exactly as `JSON.stringify(body, null, 2)` would (or, when
 * `minified`, `JSON.stringify(body)`: one line, as APIs and generators write it), but streaming: a
 * million nodes never exist as one object. Returns the node count.
 */
export function writeFlowFile(size, file, minified = false) {
  return writeBody(file, `bench-${size}`, flowNodes(size), size, minified)
}

/**
 * Flows that stress one thing each, named for it; each takes its node count from its name.
 * - `chain-typo`: conversations chained one to the next, with one misspelt target halfway, so the
 *   second half is unreachable (a finding per node).
 * - `one-dangling`: the same chain without the typo, and one extra outcome to a node that does not
 *   exist (one finding).
 * - `loop`: a chain whose last node leads back to its first and never to an end (every node is
 *   `no-path-to-end`).
 */
export const stressFlows = {
  'chain-typo': (size) => chain(size, { typoAt: Math.floor(size / 2) }),
  'one-dangling': (size) => chain(size, { danglingAt: Math.floor(size / 2) }),
  loop: (size) => chain(size, { loop: true }),
}

/** `size` nodes: start, conversations q1…, and an end (unless the chain loops back to q1). */
function* chain(size, { typoAt = -1, danglingAt = -1, loop = false }) {
  const questionsCount = loop ? size - 1 : size - 2
  yield { id: 'start', type: 'start', outcome: 'q1' }
  for (let i = 1; i <= questionsCount; i++) {
    const next = i < questionsCount ? `q${i + 1}` : loop ? 'q1' : 'end'
    const outcomes = [out('answered', answered[i % 3], i === typoAt ? `q${i + 1}x` : next)]
    if (i === danglingAt) outcomes.push(out('refused', 'The user refuses to answer', 'retry_later'))
    yield say(`q${i}`, questions[i % questions.length], outcomes)
  }
  if (!loop) yield { id: 'end', type: 'end' }
}

/** Writes a stress flow of `size` nodes (see `stressFlows`) as `writeFlowFile` does. */
export function writeStressFile(name, size, file, minified = false) {
  return writeBody(file, `bench-${name}-${size}`, stressFlows[name](size), size, minified)
}

function writeBody(file, reference, nodes, size, minified) {
  mkdirSync(dirname(file), { recursive: true })
  const fd = openSync(file, 'w')
  let buffer = ''
  const flush = () => {
    writeSync(fd, buffer)
    buffer = ''
  }
  const head = {
    clientReferenceId: reference,
    metadata: { generator: 'fsflow bench', nodes: size },
    providedData: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com', riskThreshold: 40 },
    langs: ['en'],
    defaultLang: 'en',
    zone: 'eu',
    videoAIAnalysisEnabled: true,
    extractionSchema: [
      { fieldName: 'riskDecision', type: 'string', description: 'The decision of the risk API', enum: ['approve', 'review', 'decline'] },
      { fieldName: 'riskScore', type: 'number', description: 'The score of the risk API, 0 to 100' },
    ],
  }
  const indent = minified ? undefined : 2
  const headText = JSON.stringify(head, null, indent)
  buffer += minified ? `${headText.slice(0, -1)},"flow":[` : headText.slice(0, -2) + ',\n  "flow": ['
  let count = 0
  for (const node of nodes) {
    const nodeText = JSON.stringify(node, null, indent)
    if (minified) buffer += (count === 0 ? '' : ',') + nodeText
    else buffer += (count === 0 ? '\n    ' : ',\n    ') + nodeText.replaceAll('\n', '\n    ')
    count++
    if (buffer.length > 1 << 20) flush()
  }
  buffer += minified ? ']}' : '\n  ]\n}\n'
  flush()
  closeSync(fd)
  if (count !== size) throw new Error(`generated ${count} nodes, expected ${size}`)
  return count
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [size, file, ...flags] = process.argv.slice(2)
  if (size === undefined || file === undefined) {
    console.error('usage: node bench/generate.js <nodes> <out-file> [--minified] [--stress chain-typo|one-dangling|loop]')
    process.exit(2)
  }
  const minified = flags.includes('--minified')
  const stress = flags.includes('--stress') ? flags[flags.indexOf('--stress') + 1] : undefined
  if (stress === undefined) writeFlowFile(Number(size), file, minified)
  else writeStressFile(stress, Number(size), file, minified)
}
