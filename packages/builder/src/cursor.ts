import { keyedOutcomes, nodeSchemas, type KeyedOutcomeNodeType, type NodeType } from '@fsflow/schema'
import { captureCallSite, formatLocation, type SourceLocation } from './call-site.js'
import {
  argumentsOf,
  branchArguments,
  branchItems,
  checkBranches,
  checkExits,
  checkId,
  describe,
  exitNames,
  isRecord,
  ruleTemplate,
  settingArguments,
  unknownFieldArguments,
  unknownNodeFields,
  writtenOrder,
} from './call-arguments.js'
import { Draft, orderNode, type ArgumentPath, type ChainTip, type FieldPath, type Slot } from './draft.js'
import { compileSource, flowBrand, type FlowSource } from './build.js'

/** Outcome names of a keyed node type, in the schema's order. */
function outcomeNames(type: KeyedOutcomeNodeType): string[] {
  const outcomes = nodeSchemas[type].shape.outcomes as unknown as { shape: Record<string, unknown> }
  return Object.keys(outcomes.shape)
}

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
  /** True for `flow()` before its `start()`: only `start` and `also` may follow. */
  readonly #beforeStart: boolean
  #continued = false
  #continuedAt: SourceLocation | undefined

  constructor(draft: Draft, open: readonly Slot[], root: boolean, lineage: object, madeBy: MadeBy, beforeStart = false) {
    this.#draft = draft
    this.#open = open
    this.#root = root
    this.#lineage = lineage
    this.#madeBy = madeBy
    this.#beforeStart = beforeStart
  }

  /** A flow before its `start` node: `flow()`. */
  static begin(): Cursor {
    // No call site: `flow()` makes no node, and a replaying tool's provider counts only the calls that do.
    return new Cursor(new Draft(), [], true, {}, { call: 'flow', site: undefined }, true)
  }

  /** The flow's `start` node, and the root chain after it. */
  start(id: unknown = 'start', options?: unknown): Cursor {
    const site = this.#claim('start')
    checkId(id, 'start')
    const where = `start("${id}")`
    if (options !== undefined && !isRecord(options)) throw new TypeError(`${where}: options must be an object`)
    const unknown = unknownNodeFields(options?.unknownFields, 'start', where)
    const template = orderNode('start', id, unknown, { outcome: null })
    const written = argumentsOf([[['id'], [0]], ...unknownFieldArguments(unknown, [1])])
    const node = this.#draft.add(id, 'start', template, [['outcome']], site, written)
    return new Cursor(this.#draft, node.slots, true, {}, { call: 'start', site })
  }

  /** The brand the CLI finds flows by: only the tip of a flow's own chain (the value a module exports). */
  get [flowBrand](): FlowSource | undefined {
    if (!this.#root || this.#continued || this.#beforeStart) return undefined
    return this.#source()
  }

  converse(id: unknown, prompt: unknown, options: Readonly<Record<string, unknown>> = {}): Cursor {
    const site = this.#claim()
    checkId(id, 'converse')
    const { outcome, when, outcomes, awaitExternal, unknownFields, ...settings } = options
    const unknown = unknownNodeFields(unknownFields, 'conversation', `converse("${id}")`)
    if (outcomes !== undefined && (outcome !== undefined || when !== undefined)) {
      throw new TypeError(`converse("${id}"): give either "outcomes" (branches) or "outcome"/"when" (one continuation), not both`)
    }
    const branches = outcomes === undefined ? undefined : checkBranches(outcomes, `converse("${id}")`)
    const items =
      branches === undefined ? [{ id: outcome ?? 'done', condition: when ?? '', targetNodeId: null }] : branchItems(branches, `converse("${id}")`)
    const exits = awaitExternal === undefined ? undefined : checkExits(awaitExternal, id)
    const template = orderNode('conversation', id, { prompt, ...settings, awaitExternal: exits?.template, ...unknown }, { outcomes: items })
    const paths: FieldPath[] = items.map((_, i) => ['outcomes', i, 'targetNodeId'])
    if (exits !== undefined) paths.push(...exitNames.map((name) => ['awaitExternal', 'exits', name]))
    const written: [FieldPath, ArgumentPath][] = [[['id'], [0]], [['prompt'], [1]], ...settingArguments(settings, 2), ...unknownFieldArguments(unknown, [2])]
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

  recognize(id: unknown, routes: unknown, settings?: unknown): Cursor {
    return this.#keyed('recognize', 'recognition', id, routes, settings)
  }

  liveness(id: unknown, routes: unknown, settings?: unknown): Cursor {
    return this.#keyed('liveness', 'liveness_detection', id, routes, settings)
  }

  enterEmail(id: unknown, routes: unknown, settings?: unknown): Cursor {
    return this.#keyed('enterEmail', 'enter_email', id, routes, settings)
  }

  validateData(id: unknown, validation: unknown, options: unknown): Cursor {
    const site = this.#claim()
    checkId(id, 'validateData')
    const where = `validateData("${id}")`
    const outcomes = isRecord(options) ? options.outcomes : undefined
    const branches = checkBranches(outcomes, where)
    const items = branchItems(branches, where)
    const unknown = unknownNodeFields(isRecord(options) ? options.unknownFields : undefined, 'data_validation', where)
    const template = orderNode('data_validation', id, { validation, ...unknown }, { outcomes: items })
    const written = argumentsOf([
      [['id'], [0]],
      [['validation'], [1]],
      ...branchArguments(branches.length, [2, 'outcomes']),
      ...unknownFieldArguments(unknown, [2]),
    ])
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

  callExternal(id: unknown, request: unknown, options?: unknown): Cursor {
    const site = this.#claim()
    checkId(id, 'callExternal')
    const where = `callExternal("${id}")`
    if (options !== undefined && !isRecord(options)) throw new TypeError(`${where}: options must be an object`)
    const unknown = unknownNodeFields(options?.unknownFields, 'external_call', where)
    const template = orderNode('external_call', id, { request, ...unknown }, { outcome: null })
    const written = argumentsOf([[['id'], [0]], [['request'], [1]], ...unknownFieldArguments(unknown, [2])])
    const slots = this.#add(id, 'external_call', template, [['outcome']], site, written)
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
    const unknown = unknownNodeFields(spec.unknownFields, 'field_condition', where)
    const template = orderNode('field_condition', id, { rules: rules.map((rule, i) => ruleTemplate(rule, `${where}: rule ${i + 1}`)), ...unknown }, { default: null })
    const paths: FieldPath[] = rules.map((_, i) => ['rules', i, 'outcome'])
    const written: [FieldPath, ArgumentPath][] = [[['id'], [0]], [['default'], [1, 'otherwise']], ...unknownFieldArguments(unknown, [1])]
    rules.forEach((_, i) => { written.push([['rules', i], [1, 'rules', i]], [['rules', i, 'outcome'], [1, 'rules', i, 'to']]) })
    const slots = this.#add(id, 'field_condition', template, [...paths, ['default']], site, argumentsOf(written))
    const after: Slot[] = []
    for (const key of writtenOrder(spec, ['rules', 'otherwise'])) {
      if (key === 'rules') rules.forEach((rule, i) => { this.#route(rule.to, [slots[i]!], after) })
      else this.#route(spec.otherwise, [slots[rules.length]!], after)
    }
    return this.#next(after, 'fieldCondition', site)
  }

  end(id: unknown = 'end', options?: unknown): Cursor {
    const site = this.#claim()
    checkId(id, 'end')
    const where = `end("${id}")`
    if (options !== undefined && !isRecord(options)) throw new TypeError(`${where}: options must be an object`)
    const placed = options?.placed
    if (placed !== undefined && placed !== 'here' && placed !== 'last') throw new TypeError(`${where}: "placed" is 'here' or 'last'`)
    const unknown = unknownNodeFields(options?.unknownFields, 'end', where)
    this.#draft.end(id, site, { here: placed === 'here', unknownFields: unknown })
    this.#draft.link(this.#open, id)
    return this.#next([], 'end', site)
  }

  also(subFlow: unknown): Cursor {
    const site = this.#claim('also')
    if (typeof subFlow !== 'function') throw new TypeError(`also: expected a sub-flow (path) => path..., got ${typeof subFlow}`)
    const open = this.#runSubFlow(subFlow, [])
    if (open.length > 0) {
      throw new TypeError('also: a sub-chain written on its own is reached only by id, so it must end: finish it with .end() or .goto(id)')
    }
    return new Cursor(this.#draft, this.#open, this.#root, this.#lineage, { call: 'also', site }, this.#beforeStart)
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
    if (this.#beforeStart) throw new Error('a flow is built once it has a start node: flow().start()...')
    if (!this.#root) throw new Error('a sub-flow is built with the flow it belongs to; build the flow, not the path')
    return compileSource(this.#source())
  }

  toJSON(): unknown {
    return this.build()
  }

  /**
   * Marks this cursor continued, or throws when it already was: each call returns the chain to
   * continue. Before `start()`, only the calls named in `beforeStart` may come.
   */
  #claim(beforeStart?: 'start' | 'also'): SourceLocation | undefined {
    const site = captureCallSite()
    if (this.#beforeStart && beforeStart === undefined) throw new Error('a flow begins with start(): flow().start()...')
    if (!this.#beforeStart && beforeStart === 'start') throw new Error('a flow has one start node, made by flow().start()')
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
    const { unknownFields, ...known } = settings ?? {}
    const unknown = unknownNodeFields(unknownFields, type, where)
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
    const template = orderNode(type, id, { ...known, ...unknown }, { outcomes: Object.fromEntries(slotted.map((name) => [name, null])) })
    const written = argumentsOf([
      [['id'], [0]],
      ...settingArguments(known, 2),
      ...unknownFieldArguments(unknown, [2]),
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
      throw new TypeError(`a route is a node id, 'next' or a sub-flow (path) => path...; got ${describeValue(route)}`)
    }
    after.push(...this.#runSubFlow(route, slots))
  }

  /** Runs a sub-flow on a path from `slots`; gives the open ends it returned. */
  #runSubFlow(subFlow: unknown, slots: readonly Slot[]): readonly Slot[] {
    const path = new Cursor(this.#draft, slots, false, {}, this.#madeBy)
    const result: unknown = (subFlow as (path: Cursor) => unknown)(path)
    if (!(result instanceof Cursor) || result.#lineage !== path.#lineage) {
      throw new TypeError(`a sub-flow must return the path it was given, continued, as in (path) => path.liveness(...); it returned ${describeValue(result)}`)
    }
    if (result.#continued) {
      const where = result.#continuedAt === undefined ? '' : ` at ${formatLocation(result.#continuedAt)}`
      throw new TypeError(`a sub-flow returned a path it had already continued${where}; return the value its last call returned`)
    }
    return result.#open
  }
}


function describeValue(value: unknown): string {
  return value instanceof Cursor ? 'a chain that is not the path the sub-flow was given' : describe(value)
}
