import type { AnyRuleModule } from '../rule.js'
import conditionalPrompt from './conditional-prompt.js'
import danglingTarget from './dangling-target.js'
import duplicateNodeId from './duplicate-node-id.js'
import duplicateOutcomeId from './duplicate-outcome-id.js'
import emptyCondition from './empty-condition.js'
import flowAndModules from './flow-and-modules.js'
import goalWithoutExit from './goal-without-exit.js'
import greetingTooShort from './greeting-too-short.js'
import invalidSchema from './invalid-schema.js'
import legacyShape from './legacy-shape.js'
import livenessInconclusive from './liveness-inconclusive.js'
import misplacedDoesNotRequireReply from './misplaced-does-not-require-reply.js'
import missingOutcome from './missing-outcome.js'
import noPathToEnd from './no-path-to-end.js'
import recognitionPathsMerged from './recognition-paths-merged.js'
import startNode from './start-node.js'
import unknownField from './unknown-field.js'
import unreachableNode from './unreachable-node.js'
import videoAfterPermissions from './video-after-permissions.js'

/** Every rule, in the order they run. */
export const rules: readonly AnyRuleModule[] = [
  invalidSchema,
  duplicateNodeId,
  startNode,
  danglingTarget,
  missingOutcome,
  unreachableNode,
  noPathToEnd,
  duplicateOutcomeId,
  flowAndModules,
  greetingTooShort,
  misplacedDoesNotRequireReply,
  emptyCondition,
  livenessInconclusive,
  videoAfterPermissions,
  conditionalPrompt,
  goalWithoutExit,
  recognitionPathsMerged,
  legacyShape,
  unknownField,
]
