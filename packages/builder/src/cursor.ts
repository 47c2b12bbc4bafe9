import { joinPointer } from '@fsflow/analyzer'
import { keyedOutcomes, nodeSchemas, type KeyedOutcomeNodeType, type NodeType } from '@fsflow/schema'
import { captureCallSite, formatLocation, type SourceLocation } from './call-site.js'
import { Draft, orderNode, type ArgumentPath, type ChainTip, type FieldPath, type Slot } from './draft.js'
import { compileSource, flowBrand, type FlowSource } from './build.js'

/** Outcome names of a keyed node type, in the schema's order. */
function outcomeNames(type: KeyedOutcomeNodeType): string[] {
  const outcomes = nodeSchemas[type].shape.outcomes as unknown as { shape: Record<string, unknown> }
  return Object.keys(outcomes.shape)
}

/** Ids of the exits of a conversation's `awaitExternal`, in the schema's order. */
const exitNames = ['onDataReady', 'onTimeout', 'onError'] as const

/** The builder call that made a cursor. */
interface MadeBy {
  readonly call: string
  readonly site: SourceLocation | undefined
}

/**
 * The runtime of `Chain`: a position in a flow being written. It holds the flow's shared draft and
 * the open slots the next node will fill. Every call continues it once and returns a new cursor, so
 * a chain kept in a variable and continued twice is caught rather than silently rewired.
 */
export class Cursor {
  readonly #draft: Draft
  readonly #open: readonly Slot[]
  readonly #root: boolean
  /** Shared by a sub-flow's cursors, so a sub-flow must return its own path, not another chain. */
  readonly #lineage: object
  /** The call that made this cursor: where a chain stopped, if it was never ended. */
  readonly #madeBy: MadeBy
  #continued = false
  #continuedAt: SourceLocation | undefined

  constructor(draft: Draft, open: readonly Slot[], root: boolean, lineage: object, madeBy: MadeBy) {
    this.#draft = draft
    this.#open = open
    this.#root = root
    this.#lineage = lineage
    this.#madeBy = madeBy
  }

  /** Starts a flow: its `start` node and the root chain after it. */
  static start(id: unknown): Cursor {
    const site = captureCallSite()
    checkId(id, 'start')
    const draft = new Draft()
    const template = orderNode('start', id, {}, { outcome: null })
    const node = draft.add(id, 'start', template, [['outcome']], site, argumentsOf([[['id'], [0]]]))
    return new Cursor(draft, node.slots, true, {}, { call: 'start', site })
  }

  /** The brand the CLI finds flows by: only the tip of a flow's own chain (the value a module exports). */
  get [flowBrand](): FlowSource | undefined {
    if (!this.#root || this.#continued) return undefined
    return this.#source()
  }

  converse(id: unknown, prompt: unknown, options: Readonly<Record<string, unknown>> = {}): Cursor {
    const site = this.#claim()
    checkId(id, 'converse')
    const { outcome, when, outcomes, awaitExternal, ...settings } = options
    if (outcomes !== undefined && (outcome !== undefined || when !== undefined)) {
      throw new TypeError(`converse("${id}"): give either "outcomes" (branches) or "outcome"/"when" (one continuation), not both`)
    }
    const branches = outcomes === undefined ? undefined : checkBranches(outcomes, `converse("${id}")`)
    const items =
      branches === undefined ? [{ id: outcome ?? 'done', condition: when ?? '', targetNodeId: null }] : branchItems(branches)
    const exits = awaitExternal === undefined ? undefined : checkExits(awaitExternal, id)
    const template = orderNode('conversation', id, { prompt, ...settings, awaitExternal: exits?.template }, { outcomes: items })
    const paths: FieldPath[] = items.map((_, i) => ['outcomes', i, 'targetNodeId'])
    if (exits !== undefined) paths.push(...exitNames.map((name) => ['awaitExternal', 'exits', name]))
    const written: [FieldPath, ArgumentPath][] = [[['id'], [0]], [['prompt'], [1]], ...settingArguments(settings, 2)]
    if (branches === undefined) written.push([['outcomes', 0, 'id'], [2, 'outcome']], [['outcomes', 0, 'condition'], [2, 'when']])
    else written.push(...branchArguments(branches.length, [2, 'outcomes']))
    if (exits !== undefined) {
      written.push([['awaitExternal'], [2, 'awaitExternal']])
      written.push(...exitNames.map((name): [FieldPath, ArgumentPath] => [['awaitExternal', 'exits', name], [2, 'awaitExternal', 'exits', name]]))
    }
    const slots = this.#add(id, 'conversation', template, paths, site, argumentsOf(written))
    const after: Slot[] = []
    if (branches === undefined) after.push(slots[0]!)
    // Sub-flows run, and so write their nodes, in the order their routes were written.
    for (const key of writtenOrder(options, ['outcomes', 'awaitExternal'])) {
      if (key === 'outcomes') branches?.forEach((branch, i) => { this.#route(branch.to, [slots[i]!], after) })
      else if (exits !== undefined) {
        for (const name of writtenOrder(exits.routes, exitNames)) this.#route(exits.routes[name], [slots[items.length + exitNames.indexOf(name)]!], after)
      }
    }
    return this.#next(after, 'converse', site)
  }

  recognize(id: unknown, routes: unknown): Cursor {
    return this.#keyed('recognize', 'recognition', id, routes, undefined)
  }

  liveness(id: unknown, routes: unknown): Cursor {
    return this.#keyed('liveness', 'liveness_detection', id, routes, undefined)
  }

  enterEmail(id: unknown, routes: unknown, settings?: unknown): Cursor {
    return this.#keyed('enterEmail', 'enter_email', id, routes, settings)
  }

  validateData(id: unknown, validation: unknown, options: unknown): Cursor {
    const site = this.#claim()
    checkId(id, 'validateData')
    const outcomes = isRecord(options) ? options.outcomes : undefined
    const branches = checkBranches(outcomes, `validateData("${id}")`)
    const items = branchItems(branches)
    const template = orderNode('data_validation', id, { validation }, { outcomes: items })
    const written = argumentsOf([[['id'], [0]], [['validation'], [1]], ...branchArguments(branches.length, [2, 'outcomes'])])
    const slots = this.#add(id, 'data_validation', template, items.map((_, i) => ['outcomes', i, 'targetNodeId']), site, written)
    const after: Slot[] = []
    branches.forEach((branch, i) => { this.#route(branch.to, [slots[i]!], after) })
    return this.#next(after, 'validateData', site)
  }

  scanDocument(id: unknown, routes: unknown, settings: unknown): Cursor {
    return this.#keyed('scanDocument', 'document_scan', id, routes, settings)
  }

  faceScan(id: unknown, routes: unknown, settings?: unknown): Cursor {
    return this.#keyed('faceScan', 'face_scan', id, routes, settings)
  }

  twoFactorEmail(id: unknown, routes: unknown, settings?: unknown): Cursor {
    return this.#keyed('twoFactorEmail', 'two_factor_email', id, routes, settings)
  }

  twoFactorSms(id: unknown, routes: unknown, settings?: unknown): Cursor {
    return this.#keyed('twoFactorSms', 'two_factor_sms', id, routes, settings)
  }

  permissions(id: unknown, routes: unknown, settings: unknown): Cursor {
    return this.#keyed('permissions', 'permissions', id, routes, settings)
  }

  faceCompare(id: unknown, routes: unknown, settings: unknown): Cursor {
    return this.#keyed('faceCompare', 'face_compare', id, routes, settings)
  }

  callExternal(id: unknown, request: unknown): Cursor {
    const site = this.#claim()
    checkId(id, 'callExternal')
    const template = orderNode('external_call', id, { request }, { outcome: null })
    const slots = this.#add(id, 'external_call', template, [['outcome']], site, argumentsOf([[['id'], [0]], [['request'], [1]]]))
    return this.#next(slots, 'callExternal', site)
  }

  fieldCondition(id: unknown, spec: unknown): Cursor {
    const site = this.#claim()
    checkId(id, 'fieldCondition')
    const where = `fieldCondition("${id}")`
    if (!isRecord(spec) || !Array.isArray(spec.rules)) throw new TypeError(`${where}: expected { rules: [...], otherwise: route }`)
    const rules = spec.rules.map((rule: unknown) => {
      if (!isRecord(rule)) throw new TypeError(`${where}: each rule is an object { left, operator, right?, to }`)
      return rule
    })
    const template = orderNode('field_condition', id, { rules: rules.map(ruleTemplate) }, { default: null })
    const paths: FieldPath[] = rules.map((_, i) => ['rules', i, 'outcome'])
    const written: [FieldPath, ArgumentPath][] = [[['id'], [0]], [['default'], [1, 'otherwise']]]
    rules.forEach((_, i) => { written.push([['rules', i], [1, 'rules', i]], [['rules', i, 'outcome'], [1, 'rules', i, 'to']]) })
    const slots = this.#add(id, 'field_condition', template, [...paths, ['default']], site, argumentsOf(written))
    const after: Slot[] = []
    for (const key of writtenOrder(spec, ['rules', 'otherwise'])) {
      if (key === 'rules') rules.forEach((rule, i) => { this.#route(rule.to, [slots[i]!], after) })
      else this.#route(spec.otherwise, [slots[rules.length]!], after)
    }
    return this.#next(after, 'fieldCondition', site)
  }

  end(id: unknown = 'end'): Cursor {
    const site = this.#claim()
    checkId(id, 'end')
    this.#draft.end(id, site)
    this.#draft.link(this.#open, id)
    return this.#next([], 'end', site)
  }

  goto(id: unknown): Cursor {
    const site = this.#claim()
    checkId(id, 'goto')
    this.#draft.link(this.#open, id, site)
    return this.#next([], 'goto', site)
  }

  pipe(subFlow: unknown): Cursor {
    const site = this.#claim()
    if (typeof subFlow !== 'function') throw new TypeError(`pipe: expected a sub-flow (path) => path..., got ${typeof subFlow}`)
    const after: Slot[] = []
    this.#route(subFlow, this.#open, after)
    return this.#next(after, 'pipe', site)
  }

  /** The flow JSON; throws `FlowBuildError` when the flow has errors. Only the flow's own chain builds. */
  build(): unknown {
    if (!this.#root) throw new Error('a sub-flow is built with the flow it belongs to; build the flow, not the path')
    return compileSource(this.#source())
  }

  toJSON(): unknown {
    return this.build()
  }

  /** Marks this cursor continued, or throws when it already was: each call returns the chain to continue. */
  #claim(): SourceLocation | undefined {
    const site = captureCallSite()
    if (this.#continued) {
      const where = this.#continuedAt === undefined ? '' : ` at ${formatLocation(this.#continuedAt)}`
      throw new Error(
        `this chain was already continued${where}; every builder call returns a new chain: continue from the value the last call returned`,
      )
    }
    this.#continued = true
    this.#continuedAt = site
    return site
  }

  /** The flow as this cursor leaves it: its open slots, if any, are a chain never ended. */
  #source(): FlowSource {
    const tip: ChainTip = { open: this.#open, ...this.#madeBy }
    return { kind: 'flow', render: () => this.#draft.render(tip) }
  }

  /** Adds a node, links the open continuation to it, and returns its slots. */
  #add(
    id: string,
    type: NodeType,
    template: Record<string, unknown>,
    paths: readonly FieldPath[],
    site: SourceLocation | undefined,
    written: ReadonlyMap<string, ArgumentPath>,
  ): Slot[] {
    const node = this.#draft.add(id, type, template, paths, site, written)
    this.#draft.link(this.#open, id)
    return node.slots
  }

  #next(open: readonly Slot[], call: string, site: SourceLocation | undefined): Cursor {
    return new Cursor(this.#draft, open, this.#root, this.#lineage, { call, site })
  }

  #keyed(method: string, type: KeyedOutcomeNodeType, id: unknown, routes: unknown, settings: unknown): Cursor {
    const site = this.#claim()
    checkId(id, type)
    const names = outcomeNames(type)
    const where = `${type} node "${id}"`
    if (!isRecord(routes)) throw new TypeError(`${where}: expected routes { ${names.join(', ')} } (or otherwise)`)
    if (settings !== undefined && !isRecord(settings)) throw new TypeError(`${where}: settings must be an object`)
    const given = Object.keys(routes).filter((key) => routes[key] !== undefined)
    for (const key of given) {
      if (key !== 'otherwise' && !names.includes(key)) {
        throw new TypeError(`${where}: "${key}" is not an outcome of ${type}; its outcomes are ${names.join(', ')}`)
      }
    }
    const rest = names.filter((name) => !given.includes(name))
    const hasOtherwise = given.includes('otherwise')
    if (hasOtherwise && rest.length === 0) throw new TypeError(`${where}: "otherwise" covers nothing; every outcome is already routed`)
    const { required } = keyedOutcomes[type]
    const slotted = names.filter((name) => hasOtherwise || given.includes(name) || required.includes(name))
    const template = orderNode(type, id, settings ?? {}, { outcomes: Object.fromEntries(slotted.map((name) => [name, null])) })
    const written = argumentsOf([
      [['id'], [0]],
      ...settingArguments(settings ?? {}, 2),
      ...slotted.map((name): [FieldPath, ArgumentPath] => [['outcomes', name], [1, given.includes(name) ? name : 'otherwise']]),
    ])
    const slots = this.#add(id, type, template, slotted.map((name) => ['outcomes', name]), site, written)
    const slotOf = (name: string): Slot => slots[slotted.indexOf(name)]!
    const after: Slot[] = []
    for (const key of given) {
      const targets = key === 'otherwise' ? rest.map(slotOf) : [slotOf(key)]
      this.#route(routes[key], targets, after)
    }
    return this.#next(after, method, site)
  }

  /** Resolves one route for some slots; slots that continue the chain go to `after`. */
  #route(route: unknown, slots: readonly Slot[], after: Slot[]): void {
    if (route === undefined) return // left unlinked: `missing-outcome` reports it when the flow is built
    if (typeof route === 'string') {
      if (route === 'next') after.push(...slots)
      else {
        checkId(route, 'route')
        this.#draft.link(slots, route)
      }
      return
    }
    if (typeof route !== 'function') {
      throw new TypeError(`a route is a node id, 'next' or a sub-flow (path) => path...; got ${describe(route)}`)
    }
    const path = new Cursor(this.#draft, slots, false, {}, this.#madeBy)
    const result: unknown = (route as (path: Cursor) => unknown)(path)
    if (!(result instanceof Cursor) || result.#lineage !== path.#lineage) {
      throw new TypeError(`a sub-flow must return the path it was given, continued, as in (path) => path.liveness(...); it returned ${describe(result)}`)
    }
    if (result.#continued) {
      const where = result.#continuedAt === undefined ? '' : ` at ${formatLocation(result.#continuedAt)}`
      throw new TypeError(`a sub-flow returned a path it had already continued${where}; return the value its last call returned`)
    }
    after.push(...result.#open)
  }
}

function checkId(id: unknown, method: string): asserts id is string {
  if (typeof id !== 'string' || id === '') throw new TypeError(`${method}: a node id is a non-empty string; got ${describe(id)}`)
  if (id === 'next') throw new TypeError(`${method}: "next" cannot be a node id: in routes it means "continue the chain"`)
}

interface BranchValue {
  readonly id?: unknown
  readonly when?: unknown
  readonly to?: unknown
}

function checkBranches(outcomes: unknown, where: string): readonly BranchValue[] {
  if (!Array.isArray(outcomes) || !outcomes.every(isRecord)) {
    throw new TypeError(`${where}: "outcomes" is an array of { id?, when, to }`)
  }
  return outcomes
}

function branchItems(branches: readonly BranchValue[]): Record<string, unknown>[] {
  return branches.map((branch, i) => ({ id: branch.id ?? `outcome_${i + 1}`, condition: branch.when, targetNodeId: null }))
}

function checkExits(awaitExternal: unknown, id: string): { template: Record<string, unknown>; routes: Readonly<Record<string, unknown>> } {
  if (!isRecord(awaitExternal) || !isRecord(awaitExternal.exits)) {
    throw new TypeError(`converse("${id}"): awaitExternal needs exits { onDataReady, onTimeout, onError }`)
  }
  const { exits, ...settings } = awaitExternal
  return { template: { exits: Object.fromEntries(exitNames.map((name) => [name, null])), ...settings }, routes: exits }
}

/** Which argument wrote each field of a node, by the field's pointer inside the node (`outcomes/1/id`). */
function argumentsOf(written: readonly (readonly [FieldPath, ArgumentPath])[]): Map<string, ArgumentPath> {
  return new Map(written.map(([field, argument]) => [joinPointer('', ...field).slice(1), argument]))
}

/** Settings copied into the node as given: each field from the same key of the argument at `index`. */
function settingArguments(settings: Readonly<Record<string, unknown>>, index: number): [FieldPath, ArgumentPath][] {
  return Object.keys(settings).map((key) => [[key], [index, key]])
}

/** Branches `{ id, when, to }` at `at` in the arguments, written as the node's `outcomes` `{ id, condition, targetNodeId }`. */
function branchArguments(count: number, at: ArgumentPath): [FieldPath, ArgumentPath][] {
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
function writtenOrder<K extends string>(record: Readonly<Record<string, unknown>>, keys: readonly K[]): K[] {
  return Object.keys(record).filter((key): key is K => (keys as readonly string[]).includes(key))
}

/** A rule in the schema's key order, its route replaced by the `outcome` slot. */
function ruleTemplate(rule: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { left, operator, right, ...rest } = rule
  const extra = Object.entries(rest).filter(([key]) => key !== 'to')
  return { left, operator, right, ...Object.fromEntries(extra), outcome: null }
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return JSON.stringify(value)
  if (value instanceof Cursor) return 'a chain that is not the path the sub-flow was given'
  return typeof value
}
