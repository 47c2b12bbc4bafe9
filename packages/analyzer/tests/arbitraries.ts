import fc from 'fast-check'
import { nodeTypes } from '@fsflow/schema'

// Arbitrary flows made of nodes with random fields: every shape a reader of flows must survive.
export const specialIds = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']
const anyJson = fc.jsonValue({ maxDepth: 2 })
const someId = fc.constantFrom('start', 'end', 'greeting', 'recognition', 'a/b', 'x~y', '', ...specialIds)
const target = fc.oneof({ weight: 4, arbitrary: someId }, { weight: 1, arbitrary: anyJson })
const conditionalOutcome = fc.record(
  {
    id: fc.oneof(someId, anyJson),
    condition: fc.oneof(fc.constantFrom('', ' ', 'The user agreed', 'The user did not answer'), anyJson),
    targetNodeId: target,
  },
  { requiredKeys: [] },
)
const keyedOutcomes = fc.dictionary(
  fc.oneof(fc.constantFrom('recognized', 'newUser', 'noFace', 'livenessDetected', 'deepfakeDetected', 'inconclusive', 'verified'), fc.string(), someId),
  target,
  { maxKeys: 6 },
)
const randomNode = fc.record(
  {
    id: fc.oneof({ weight: 5, arbitrary: someId }, { weight: 1, arbitrary: anyJson }),
    type: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...nodeTypes, 'two_factor', 'teleport', ...specialIds) }, { weight: 1, arbitrary: anyJson }),
    outcome: target,
    outcomes: fc.oneof(fc.array(conditionalOutcome, { maxLength: 4 }), keyedOutcomes, anyJson),
    transitions: fc.array(conditionalOutcome, { maxLength: 3 }),
    rules: fc.oneof(
      fc.array(fc.record({ left: anyJson, operator: fc.constantFrom('equals', 'exists', 'gt'), right: anyJson, outcome: target }, { requiredKeys: [] }), { maxLength: 3 }),
      anyJson,
    ),
    default: target,
    prompt: fc.oneof(fc.constantFrom('Say: Hello there. Ready?', 'If recognized greet them, otherwise ask their name', 'Ask for their name'), fc.string(), anyJson),
    doesNotRequireReply: fc.oneof(fc.boolean(), anyJson),
    awaitExternal: fc.oneof(fc.record({ exits: fc.dictionary(fc.oneof(fc.string(), someId), target, { maxKeys: 4 }) }), anyJson),
    mode: anyJson,
  },
  { requiredKeys: [] },
)
const randomFlow = fc.array(fc.oneof({ weight: 6, arbitrary: randomNode }, { weight: 1, arbitrary: anyJson }), { maxLength: 12 })
/** Any document a reader of flows must survive: flow arrays, `{flow}` and session bodies of random nodes, and any JSON. */
export const randomDocument = fc.oneof(
  randomFlow,
  fc.record({ flow: randomFlow }),
  fc.record(
    {
      clientReferenceId: fc.oneof(fc.string(), anyJson),
      flow: fc.oneof(randomFlow, anyJson),
      modules: anyJson,
      zone: fc.oneof(fc.constantFrom('us', 'eu', 'es'), anyJson),
      initialPhrase: fc.string(),
      finalPhrase: anyJson,
      nodes: anyJson,
      edges: anyJson,
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
)

