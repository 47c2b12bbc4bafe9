import fc from 'fast-check'
import { nodeTypes, type NodeType } from '@fsflow/schema'

// Random flows FaceSign's schema accepts: every node type, loops, shared endings, nodes nobody
// reaches, dangling targets, ids and prompts that are hard to write as code, in any node order.

/** Ids a flow may use, some of them hard to write in code or meaningful to the builder. */
const idPool = ['start', 'end', 'next', 'greeting', 'refused', 'liveness', 'a b', "it's", 'tick`${x}`', 'ünï ✓', 'outcome_1', 'done', '0', 'constructor', 'back\\slash']
/** Strings with quotes, backticks, template holes, escapes, newlines and characters beyond the BMP. */
const text = fc.oneof(
  fc.constantFrom('', 'Say: Hi! Ready?', "Say: You're all set.", 'Ask for the `code` and ${name}', 'line\nbreak\ttab', 'quote " and \\ back', '😀 emoji \u2028 sep'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
)
/** Numbers whose code must keep them exact. */
const number = fc.oneof(fc.constantFrom(-0, 0, 1e21, 5e-324, 0.1, -12.5), fc.double({ noNaN: true, noDefaultInfinity: true }))
const unknownValue = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }))
/** Fields FaceSign's schema does not have, kept exactly (sometimes none). */
const unknownFields = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('x-owner', 'note', 'retries', 'weird key', 'customFlag'), unknownValue, { maxKeys: 2 }) },
)
const unitInterval = fc.oneof(fc.constantFrom(-0, 0, 1, 0.5), fc.double({ min: 0, max: 1, noNaN: true }))
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined })

type Json = Record<string, unknown>

/** An object of a setting, now and then with a field its schema does not have inside it. */
const withUnknown = (arbitrary: fc.Arbitrary<Json>): fc.Arbitrary<Json> =>
  fc.tuple(arbitrary, fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.record({ 'x-extra': unknownValue }) })).map(([value, extra]) => ({ ...value, ...extra }))

/** Drops keys whose value is undefined, as JSON has no undefined. */
function defined(record: Json): Json {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))
}

const fieldRef = withUnknown(fc.record({ source: fc.constantFrom('extractedData', 'providedData'), field: text }))
const operand = fc.oneof(
  fc.record({ type: fc.constant('literal'), value: fc.oneof(text, number, fc.boolean()) }),
  fc.record({ type: fc.constant('ref'), source: fc.constantFrom('extractedData', 'providedData'), field: text }),
)
const faceSource = fc.oneof(
  fc.constantFrom({ source: 'sessionVideo' }, { source: 'faceScan' }, { source: 'documentPhoto' }),
  withUnknown(fc.record({ source: fc.constant('providedData'), providedDataKey: text })),
)
const twoFactorSettings = {
  otpLength: optional(fc.integer({ min: 4, max: 8 })),
  expirySeconds: optional(fc.integer({ min: 1, max: 900 })),
  maxAttempts: optional(fc.integer({ min: 1, max: 5 })),
  resendAfterSeconds: optional(fc.integer({ min: 0, max: 60 })),
  showUI: optional(fc.boolean()),
}

/** The fields of a node of a type other than id, type and targets, and how many targets it needs. */
function settingsOf(type: NodeType): fc.Arbitrary<{ fields: Json; targets: number; extra?: Json[] }> {
  const plain = (fields: fc.Arbitrary<Json>, targets: number) => fields.map((value) => ({ fields: defined(value), targets }))
  switch (type) {
    case 'start':
    case 'external_call':
      return plain(type === 'start' ? fc.constant({}) : fc.record({ request: withUnknown(fc.record({ url: text, method: optional(fc.constantFrom('GET', 'POST')), vars: optional(fc.array(withUnknown(fc.record({ name: text, value: text })), { maxLength: 2 })) }).map(defined)) }), 1)
    case 'end':
      return plain(fc.constant({}), 0)
    case 'conversation':
      return fc
        .record({
          prompt: text,
          doesNotRequireReply: optional(fc.boolean()),
          awaitExternal: optional(fc.record({ timeoutSeconds: optional(fc.constantFrom(5, 20, 0.5)) }).map(defined)),
          items: fc.array(fc.record({ id: fc.oneof(fc.constantFrom('done', 'outcome_1', 'outcome_2', 'yes'), text), condition: text, extra: unknownFields }), { minLength: 1, maxLength: 3 }),
        })
        .map(({ items, ...fields }) => ({ fields: defined(fields), targets: items.length + (fields.awaitExternal === undefined ? 0 : 3), extra: items }))
    case 'data_validation':
      return fc
        .record({
          validation: fc.record({ field: text, action: text, value: optional(unknownValue) }).map(defined),
          items: fc.array(fc.record({ id: fc.oneof(fc.constantFrom('matches', 'outcome_1'), text), condition: text, extra: unknownFields }), { minLength: 1, maxLength: 3 }),
        })
        .map(({ items, validation }) => ({ fields: { validation }, targets: items.length, extra: items }))
    case 'field_condition':
      return fc
        .array(
          fc.oneof(
            fc.record({ left: fieldRef, operator: fc.constantFrom('exists', 'notExists'), extra: unknownFields }),
            fc.record({ left: fieldRef, operator: fc.constantFrom('equals', 'notEquals', 'gt', 'lt', 'gte', 'lte'), right: operand, extra: unknownFields }),
          ),
          { minLength: 1, maxLength: 3 },
        )
        .map((rules) => ({ fields: {}, targets: rules.length + 1, extra: rules }))
    case 'recognition':
      return plain(fc.constant({}), 3)
    case 'liveness_detection':
      return fc.boolean().map((inconclusive) => ({ fields: {}, targets: inconclusive ? 4 : 3 }))
    case 'enter_email':
      return plain(fc.record({ prompt: optional(text) }), 2)
    case 'document_scan':
      return plain(fc.record({ scanningMode: fc.constantFrom('single', 'automatic'), allowedDocumentTypes: fc.array(fc.constantFrom('passport', 'dl', 'id', 'residence-permit'), { minLength: 1, maxLength: 2 }), showTorchButton: optional(fc.boolean()) }), 3)
    case 'face_scan':
      return plain(fc.record({ captureInstructions: optional(text), requireLivenessChallenge: optional(fc.boolean()), similarityThreshold: optional(unitInterval) }), 4)
    case 'two_factor_email':
      return plain(fc.record({ emailTemplate: optional(text), ...twoFactorSettings }), 5)
    case 'two_factor_sms':
      return plain(fc.record({ smsTemplate: optional(text), ...twoFactorSettings }), 5)
    case 'permissions':
      return plain(fc.record({ permissions: fc.record({ camera: optional(fc.boolean()), microphone: optional(fc.boolean()) }).map(defined), prompt: optional(text) }), 2)
    case 'face_compare':
      return plain(fc.record({ sourceA: faceSource, sourceB: faceSource, similarityThreshold: optional(unitInterval) }), 3)
  }
}

const keyedNames: Partial<Record<NodeType, readonly string[]>> = {
  recognition: ['recognized', 'newUser', 'noFace'],
  liveness_detection: ['livenessDetected', 'deepfakeDetected', 'noFace', 'inconclusive'],
  enter_email: ['emailEntered', 'canceled'],
  document_scan: ['scanSuccess', 'userCancelled', 'scanTimeout'],
  face_scan: ['passed', 'notPassed', 'cancelled', 'error'],
  two_factor_email: ['verified', 'delivery_failed', 'failed_unverified', 'cancelled', 'error'],
  two_factor_sms: ['verified', 'delivery_failed', 'failed_unverified', 'cancelled', 'error'],
  permissions: ['permissionsGranted', 'permissionsDenied'],
  face_compare: ['match', 'noMatch', 'imageUnavailable'],
}

/** A node of a type with its targets filled in. */
function nodeOf(id: string, type: NodeType, settings: { fields: Json; extra?: Json[] }, targets: readonly string[], unknown: Json): Json {
  const node: Json = { id, type, ...settings.fields }
  const items = settings.extra ?? []
  if (type === 'start' || type === 'external_call') node.outcome = targets[0]
  else if (type === 'conversation' || type === 'data_validation') {
    node.outcomes = items.map(({ id: itemId, condition, extra }, i) => ({ id: itemId, condition, targetNodeId: targets[i], ...(extra as Json) }))
    if (node.awaitExternal !== undefined) {
      node.awaitExternal = { ...(node.awaitExternal as Json), exits: { onDataReady: targets[items.length], onTimeout: targets[items.length + 1], onError: targets[items.length + 2] } }
    }
  } else if (type === 'field_condition') {
    node.rules = items.map(({ extra, ...rule }, i) => ({ ...rule, outcome: targets[i], ...(extra as Json) }))
    node.default = targets[items.length]
  } else if (type !== 'end') {
    node.outcomes = Object.fromEntries(keyedNames[type]!.slice(0, targets.length).map((name, i) => [name, targets[i]]))
  }
  return { ...node, ...unknown }
}

/** One node's plan: its type, its settings, and where each of its targets goes (an index into the flow's ids, or a dangling id). */
const nodePlan = fc.constantFrom(...nodeTypes.filter((type) => type !== 'start')).chain((type) =>
  fc.record({
    type: fc.constant(type),
    settings: settingsOf(type),
    targetPicks: fc.array(fc.oneof({ weight: 12, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.constantFrom('missing', 'closng') }), { minLength: 5, maxLength: 5 }),
    unknown: unknownFields,
  }),
)

/** A valid flow: one start node, any other nodes (end nodes among them, each id once), in any order. */
export const validFlow: fc.Arbitrary<Json[]> = fc
  .record({
    nodes: fc.array(nodePlan, { minLength: 1, maxLength: 10 }),
    ids: fc.shuffledSubarray(idPool, { minLength: idPool.length, maxLength: idPool.length }),
    startTargets: fc.nat(),
    startSettings: fc.record({ id: fc.constantFrom('start', 'begin'), unknown: unknownFields }),
    order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    duplicate: fc.boolean(),
  })
  .map(({ nodes, ids, startTargets, startSettings, order, duplicate }) => {
    const names = [startSettings.id, ...ids.filter((id) => id !== startSettings.id)].slice(0, nodes.length + 1)
    // Now and then two nodes that are not end nodes share an id (the lint error duplicate-node-id).
    if (duplicate && nodes.length > 2 && nodes[1]!.type !== 'end' && nodes[2]!.type !== 'end') names[3] = names[2]!
    const pick = (choice: number | string): string => (typeof choice === 'string' ? choice : names[choice % names.length]!)
    const flow: Json[] = [nodeOf(names[0]!, 'start', { fields: {} }, [pick(startTargets)], startSettings.unknown)]
    nodes.forEach((plan, i) => {
      const targets = plan.targetPicks.slice(0, plan.settings.targets).map(pick)
      while (targets.length < plan.settings.targets) targets.push(pick(plan.targetPicks[targets.length % 5]!))
      flow.push(nodeOf(names[i + 1]!, plan.type, plan.settings, targets, plan.unknown))
    })
    // Any node order: a random permutation, driven by `order`.
    return flow.map((node, i) => ({ node, key: order[i % order.length]! * 31 + i })).sort((a, b) => a.key - b.key).map(({ node }) => node)
  })
  .filter((flow) => {
    const ends = flow.filter((node) => node.type === 'end').map((node) => node.id)
    return new Set(ends).size === ends.length
  })

/** A valid document in one of the three shapes a flow file has: a bare array, `{ flow }`, a session body. */
export const validDocument: fc.Arbitrary<unknown> = fc.oneof(
  validFlow,
  validFlow.map((flow) => ({ flow })),
  fc
    .record({
      clientReferenceId: optional(text),
      metadata: optional(fc.dictionary(fc.string({ maxLength: 5 }), unknownValue, { maxKeys: 3 })),
      zone: optional(fc.constantFrom('us', 'eu', 'es')),
      langs: optional(fc.array(fc.constantFrom('en', 'es'), { maxLength: 2 })),
      videoAIAnalysisEnabled: optional(fc.boolean()),
      extractionSchema: optional(fc.array(withUnknown(fc.record({ fieldName: text, type: fc.constant('string'), description: text })), { maxLength: 2 })),
      futureSetting: optional(unknownValue),
      flow: validFlow,
    })
    .map(defined),
)
