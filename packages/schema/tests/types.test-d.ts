import { describe, expectTypeOf, it } from 'vitest'
import type { FlowNode, KeyedOutcomeNodeType, NodeOfType, NodeType, OutcomeKey } from '@fsflow/schema'

describe('schema types', () => {
  it('infers the outcome keys of a keyed node type', () => {
    expectTypeOf<OutcomeKey<'recognition'>>().toEqualTypeOf<'recognized' | 'newUser' | 'noFace'>()
    expectTypeOf<OutcomeKey<'liveness_detection'>>().toEqualTypeOf<'livenessDetected' | 'deepfakeDetected' | 'noFace' | 'inconclusive'>()
    expectTypeOf<OutcomeKey<'enter_email'>>().toEqualTypeOf<'emailEntered' | 'canceled'>()
  })

  it('counts as keyed only the types whose outcomes are an object', () => {
    expectTypeOf<KeyedOutcomeNodeType>().toEqualTypeOf<
      'recognition' | 'liveness_detection' | 'enter_email' | 'document_scan' | 'face_scan' | 'two_factor_email' | 'two_factor_sms' | 'permissions' | 'face_compare'
    >()
  })

  it('picks the node of one type from the union', () => {
    expectTypeOf<NodeOfType<'start'>>().toEqualTypeOf<{ id: string; type: 'start'; outcome: string }>()
    expectTypeOf<FlowNode['type']>().toEqualTypeOf<NodeType>()
  })
})
