import { joinPointer } from '@fsflow/analyzer'
import { nodeFields, type NodeType } from '@fsflow/schema'
import type { ArgumentPath, FieldPath } from './draft.js'

/** A node id as a builder call takes it: any non-empty string (`'next'` too: only routes give it a meaning). */
export function checkId(id: unknown, method: string): asserts id is string {
  if (typeof id !== 'string' || id === '') throw new TypeError(`${method}: a node id is a non-empty string; got ${describe(id)}`)
}

export interface BranchValue {
  readonly id?: unknown
  readonly when?: unknown
  readonly to?: unknown
  readonly unknownFields?: unknown
}

export function checkBranches(outcomes: unknown, where: string): readonly BranchValue[] {
  if (!Array.isArray(outcomes) || !outcomes.every(isRecord)) {
    throw new TypeError(`${where}: "outcomes" is an array of { id?, when, to }`)
  }
  return outcomes
}

/** The outcome items of branches, each with `targetNodeId` left for its route to fill. */
export function branchItems(branches: readonly BranchValue[], where: string): Record<string, unknown>[] {
  return branches.map((branch, i) => {
    const extra = unknownFieldsOf(branch.unknownFields, ['id', 'condition', 'targetNodeId'], `${where}: branch ${i + 1}`)
    return { id: branch.id ?? `outcome_${i + 1}`, condition: branch.when, ...extra, targetNodeId: null }
  })
}

/**
 * The `unknownFields` of a call, checked: fields FaceSign's schema does not have, written into the
 * node as given. A known field there is refused, since its own setting types it.
 */
export function unknownFieldsOf(value: unknown, known: readonly string[], where: string): Readonly<Record<string, unknown>> {
  if (value === undefined) return {}
  if (!isRecord(value)) throw new TypeError(`${where}: "unknownFields" is an object of fields FaceSign's schema does not have`)
  for (const key of Object.keys(value)) {
    if (known.includes(key)) throw new TypeError(`${where}: "${key}" is a field FaceSign's schema knows; give it as a setting, not in "unknownFields"`)
  }
  return value
}

/** `unknownFieldsOf` for the fields of a whole node of a type. */
export function unknownNodeFields(value: unknown, type: NodeType, where: string): Readonly<Record<string, unknown>> {
  return unknownFieldsOf(value, nodeFields[type], where)
}

/** Which argument wrote each unknown field: `[index, 'unknownFields', key]`. */
export function unknownFieldArguments(fields: Readonly<Record<string, unknown>>, at: ArgumentPath): [FieldPath, ArgumentPath][] {
  return Object.keys(fields).map((key) => [[key], [...at, 'unknownFields', key]])
}

/** Ids of the exits of a conversation's `awaitExternal`, in the schema's order. */
export const exitNames = ['onDataReady', 'onTimeout', 'onError'] as const

export function checkExits(awaitExternal: unknown, id: string): { template: Record<string, unknown>; routes: Readonly<Record<string, unknown>> } {
  if (!isRecord(awaitExternal) || !isRecord(awaitExternal.exits)) {
    throw new TypeError(`converse("${id}"): awaitExternal needs exits { onDataReady, onTimeout, onError }`)
  }
  const { exits, ...settings } = awaitExternal
  return { template: { exits: Object.fromEntries(exitNames.map((name) => [name, null])), ...settings }, routes: exits }
}

/** Which argument wrote each field of a node, by the field's pointer inside the node (`outcomes/1/id`). */
export function argumentsOf(written: readonly (readonly [FieldPath, ArgumentPath])[]): Map<string, ArgumentPath> {
  return new Map(written.map(([field, argument]) => [joinPointer('', ...field).slice(1), argument]))
}

/** Settings copied into the node as given: each field from the same key of the argument at `index`. */
export function settingArguments(settings: Readonly<Record<string, unknown>>, index: number): [FieldPath, ArgumentPath][] {
  return Object.keys(settings).map((key) => [[key], [index, key]])
}

/** Branches `{ id, when, to }` at `at` in the arguments, written as the node's `outcomes` `{ id, condition, targetNodeId }`. */
export function branchArguments(count: number, at: ArgumentPath): [FieldPath, ArgumentPath][] {
  const written: [FieldPath, ArgumentPath][] = []
  for (let i = 0; i < count; i++) {
    written.push(
      [['outcomes', i], [...at, i]],
      [['outcomes', i, 'id'], [...at, i, 'id']],
      [['outcomes', i, 'condition'], [...at, i, 'when']],
      [['outcomes', i, 'targetNodeId'], [...at, i, 'to']],
    )
  }
  return written
}

/** Those of `keys` an object has, in the order they were written in it. */
export function writtenOrder<K extends string>(record: Readonly<Record<string, unknown>>, keys: readonly K[]): K[] {
  return Object.keys(record).filter((key): key is K => (keys as readonly string[]).includes(key))
}

/** A rule in the schema's key order, its route replaced by the `outcome` slot. */
export function ruleTemplate(rule: Readonly<Record<string, unknown>>, where: string): Record<string, unknown> {
  const { left, operator, right, unknownFields, ...rest } = rule
  const extra = Object.entries(rest).filter(([key]) => key !== 'to')
  const unknown = unknownFieldsOf(unknownFields, ['left', 'operator', 'right', 'outcome'], where)
  return { left, operator, right, ...Object.fromEntries(extra), ...unknown, outcome: null }
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A value named in an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return JSON.stringify(value)
  return typeof value
}
