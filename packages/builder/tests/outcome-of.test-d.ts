import { describe, expectTypeOf, it } from 'vitest'
import { outcomeOf, session } from '@fsflow/builder'
import recovery, { recoveryFlow } from '../../../examples/account-recovery.flow.js'

declare const report: { nodeReports: { nodeId: string; outcome: string }[] }

describe('outcomeOf() types', () => {
  it("names the outcomes of the node: liveness_known of the seed's recovery flow", () => {
    expectTypeOf(outcomeOf(report, recoveryFlow, 'liveness_known')).toEqualTypeOf<
      'livenessDetected' | 'deepfakeDetected' | 'noFace' | 'inconclusive' | undefined
    >()
    expectTypeOf(outcomeOf(report, recoveryFlow, 'recognition')).toEqualTypeOf<'recognized' | 'newUser' | 'noFace' | undefined>()
    expectTypeOf(outcomeOf(report, recoveryFlow, 'confirm_identity')).toEqualTypeOf<'identity_confirmed' | 'identity_not_confirmed' | undefined>()
  })

  it('rejects a node id the flow does not have', () => {
    // @ts-expect-error -- a typo of liveness_known
    outcomeOf(report, recoveryFlow, 'liveness_knwon')
    // @ts-expect-error -- a node of another flow
    outcomeOf(report, recoveryFlow, 'greet_known')
  })

  it('reads a session body the same way', () => {
    expectTypeOf(outcomeOf(report, recovery, 'greeting')).toEqualTypeOf<'g1' | undefined>()
    const body = session({ clientReferenceId: 'x', flow: recoveryFlow })
    expectTypeOf(outcomeOf(report, body, 'not_found')).toEqualTypeOf<'acknowledged' | undefined>()
  })

  it('takes an untyped webhook payload', () => {
    const payload: unknown = JSON.parse('{}')
    const { report: untyped } = payload as { report?: { nodeReports?: { nodeId: string; outcome: string }[] } }
    expectTypeOf(outcomeOf(untyped, recoveryFlow, 'recognition')).toEqualTypeOf<'recognized' | 'newUser' | 'noFace' | undefined>()
  })
})
