import { isNodeType, keyedOutcomes, nodeSchemas, type KeyedOutcomeNodeType, type NodeType } from '@fsflow/schema'

/** A flow the builder cannot write exactly: refused with what is wrong and where, never written wrongly. */
export class ImportError extends Error {
  override name = 'ImportError'

  constructor(
    message: string,
    /** JSON pointer of what is refused, into the document as given. */
    readonly path: string,
  ) {
    super(message)
  }
}

/** One place in a node that names the node it continues to. */
export interface Slot {
  readonly target: string
  /** Where it is in the node: `['outcomes', 'noFace']`, `['outcomes', 0, 'targetNodeId']`, `['default']`. */
  readonly path: readonly (string | number)[]
}

/** A node of the document, checked, with its outcomes in the order the builder call writes them. */
export interface ImportNode {
  readonly index: number
  readonly id: string
  readonly type: NodeType
  readonly json: Readonly<Record<string, unknown>>
  readonly slots: readonly Slot[]
  /** Whether each outcome has its own route; when false the node has one outcome, and it continues the chain. */
  readonly branches: boolean
  /** Whether sub-flows may run in any order (keys of a routes object) rather than in outcome order (an array). */
  readonly branchesInAnyOrder: boolean
  /** Whether an outcome may take a sub-flow (the exits of `awaitExternal` are routed by id or 'next' only). */
  canBranch(slot: number): boolean
}

/**
 * Checks the nodes of a flow and gives what the planner needs. Refuses, naming the node, what the
 * builder cannot write exactly: a node of no FaceSign type or that its type's schema rejects, a
 * second start node (or none), two end nodes of one id, an outcome name the type does not have.
 */
export function importNodes(nodes: readonly unknown[], pointer: string): ImportNode[] {
  const checked = nodes.map((node, index) => importNode(node, index, `${pointer}/${index}`))
  const starts = checked.filter((node) => node.type === 'start')
  if (starts.length === 0) throw new ImportError('the flow has no start node: the builder writes every flow from flow().start()', pointer)
  if (starts.length > 1) {
    const second = starts[1]!
    throw new ImportError(`node "${second.id}" is a second start node: a flow has exactly one, and the builder writes only one`, `${pointer}/${second.index}`)
  }
  const endIds = new Set<string>()
  for (const node of checked) {
    if (node.type !== 'end') continue
    if (endIds.has(node.id)) {
      throw new ImportError(`two end nodes share the id "${node.id}": the builder writes one end node per id`, `${pointer}/${node.index}`)
    }
    endIds.add(node.id)
  }
  return checked
}

function importNode(value: unknown, index: number, pointer: string): ImportNode {
  if (!isRecord(value)) throw new ImportError(`the node at ${pointer} is not an object`, pointer)
  const { id, type } = value
  if (typeof id !== 'string' || id === '') throw new ImportError(`the node at ${pointer} has no id: a node id is a non-empty string`, pointer)
  const name = `node "${id}"`
  if (!isNodeType(type)) {
    throw new ImportError(`${name} has type ${JSON.stringify(type)}, which is no FaceSign node type: the builder cannot write it`, pointer)
  }
  const result = nodeSchemas[type].safeParse(value)
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'node'}: ${issue.message}`).join('; ')
    throw new ImportError(`${name} does not match FaceSign's schema of ${type} (${issues}): the builder writes only valid nodes`, pointer)
  }
  const slots = slotsOf(value, type, name, pointer)
  for (const slot of slots) {
    if (slot.target === '') throw new ImportError(`${name} has an outcome with an empty target: the builder names targets by non-empty ids`, pointer)
  }
  const branches = !singleOutcome(value, type)
  const exitsFrom = type === 'conversation' && Array.isArray(value.outcomes) ? value.outcomes.length : slots.length
  return {
    index,
    id,
    type,
    json: value,
    slots,
    branches,
    branchesInAnyOrder: Object.hasOwn(keyedOutcomes, type),
    canBranch: (slot) => branches && slot < exitsFrom,
  }
}

/** Whether the builder writes the node with one outcome that continues the chain (`start`, `.callExternal`, a plain `.converse`). */
export function singleOutcome(node: Readonly<Record<string, unknown>>, type: NodeType): boolean {
  if (type === 'start' || type === 'external_call') return true
  if (type !== 'conversation' || node.awaitExternal !== undefined || !Array.isArray(node.outcomes) || node.outcomes.length !== 1) return false
  const [only] = node.outcomes as Record<string, unknown>[]
  return only !== undefined && Object.keys(only).every((key) => key === 'id' || key === 'condition' || key === 'targetNodeId')
}

function slotsOf(node: Readonly<Record<string, unknown>>, type: NodeType, name: string, pointer: string): Slot[] {
  switch (type) {
    case 'start':
    case 'external_call':
      return [{ target: node.outcome as string, path: ['outcome'] }]
    case 'end':
      return []
    case 'conversation':
    case 'data_validation': {
      const items = (node.outcomes as Record<string, unknown>[]).map((item, i): Slot => ({ target: item.targetNodeId as string, path: ['outcomes', i, 'targetNodeId'] }))
      const awaitExternal = node.awaitExternal as { exits: Record<string, unknown> } | undefined
      if (awaitExternal === undefined) return items
      const exitNames = ['onDataReady', 'onTimeout', 'onError']
      const unknown = Object.keys(awaitExternal.exits).find((key) => !exitNames.includes(key))
      if (unknown !== undefined) {
        throw new ImportError(`${name} has an awaitExternal exit "${unknown}" FaceSign does not have: the builder writes only onDataReady, onTimeout and onError`, pointer)
      }
      return [...items, ...exitNames.map((exit): Slot => ({ target: awaitExternal.exits[exit] as string, path: ['awaitExternal', 'exits', exit] }))]
    }
    case 'field_condition': {
      const rules = (node.rules as Record<string, unknown>[]).map((rule, i): Slot => ({ target: rule.outcome as string, path: ['rules', i, 'outcome'] }))
      return [...rules, { target: node.default as string, path: ['default'] }]
    }
    default:
      return keyedSlots(node, type, name, pointer)
  }
}

function keyedSlots(node: Readonly<Record<string, unknown>>, type: KeyedOutcomeNodeType, name: string, pointer: string): Slot[] {
  const outcomes = node.outcomes as Record<string, unknown>
  const { required, optional } = keyedOutcomes[type]
  const names = [...required, ...optional]
  const unknown = Object.keys(outcomes).find((key) => !names.includes(key))
  if (unknown !== undefined) {
    throw new ImportError(`${name} has an outcome "${unknown}" that ${type} does not have: the builder writes only ${names.join(', ')}`, pointer)
  }
  // The schema's order, which is the order the builder writes them in.
  const order = Object.keys(nodeSchemas[type].shape.outcomes.shape)
  return order.filter((key) => typeof outcomes[key] === 'string').map((key) => ({ target: outcomes[key] as string, path: ['outcomes', key] }))
}

/**
 * `__proto__` as a key cannot be written in an object literal as a field of its own (it sets the
 * prototype), so a document holding one is refused rather than imported without it.
 */
export function refuseProtoKeys(value: unknown, pointer: string): void {
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => { refuseProtoKeys(item, `${pointer}/${index}`) })
  } else if (isRecord(value)) {
    if (Object.hasOwn(value, '__proto__')) throw new ImportError(`the field at ${pointer || '/'} named "__proto__" cannot be written by builder code as a field`, pointer)
    for (const [key, item] of Object.entries(value)) refuseProtoKeys(item, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`)
  }
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
