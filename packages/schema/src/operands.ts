import { z } from 'zod/v4'
import { openObject } from './open-object.js'

/** The id of a node in the same flow; outcomes point at nodes by id. */
export const NodeId = z.string().meta({ description: 'The id of a node in this flow.' })
export type NodeId = z.infer<typeof NodeId>

/** Where session data lives: extracted during the session, or provided when it was created. */
export const DataSource = z.enum(['extractedData', 'providedData'])
export type DataSource = z.infer<typeof DataSource>

/** A reference to one field of session data. */
export const FieldRef = openObject({
  source: DataSource,
  field: z.string(),
})
export type FieldRef = z.infer<typeof FieldRef>

/** A literal value operand of a `field_condition` rule. */
export const LiteralOperand = openObject({
  type: z.literal('literal'),
  value: z.union([z.string(), z.number(), z.boolean()]),
})
export type LiteralOperand = z.infer<typeof LiteralOperand>

/** An operand that reads a field of session data. */
export const RefOperand = openObject({
  type: z.literal('ref'),
  source: DataSource,
  field: z.string(),
})
export type RefOperand = z.infer<typeof RefOperand>

/** One side of a `field_condition` rule: a literal value, or a reference to a field. */
export const Operand = z.discriminatedUnion('type', [LiteralOperand, RefOperand])
export type Operand = z.infer<typeof Operand>

/** Operators of `field_condition` rules; `exists` and `notExists` take no right operand. */
export const ConditionOperator = z.enum(['equals', 'notEquals', 'gt', 'lt', 'gte', 'lte', 'exists', 'notExists'])
export type ConditionOperator = z.infer<typeof ConditionOperator>

/** One routed outcome of a `conversation` or `data_validation` node. */
export const ConditionalOutcome = openObject({
  id: z.string().meta({ description: 'Outcome id, reported in nodeReports[].outcome.' }),
  condition: z.string().meta({ description: 'Natural-language condition judged by FaceSign AI; empty means "always".' }),
  targetNodeId: NodeId,
})
export type ConditionalOutcome = z.infer<typeof ConditionalOutcome>

/** Where a face image comes from, for `face_compare`. */
export const FaceSource = z.discriminatedUnion('source', [
  openObject({ source: z.literal('sessionVideo') }),
  openObject({ source: z.literal('faceScan') }),
  openObject({ source: z.literal('documentPhoto') }),
  openObject({ source: z.literal('providedData'), providedDataKey: z.string() }),
])
export type FaceSource = z.infer<typeof FaceSource>
