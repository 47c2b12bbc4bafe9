import { AwaitExternal, FieldConditionRule, keyedOutcomes, nodeFields, nodeSchemas, type KeyedOutcomeNodeType } from '@fsflow/schema'
import { subFlowsInOrder, type FlowPlan, type PlannedChain, type PlannedNode, type PlannedRoute } from './flow-plan.js'
import type { ImportNode } from './import-nodes.js'
import { literal, objectLiteral, quote } from './literals.js'
import { typedLiteral } from './typed-literal.js'

type Entries = [string, string][]

const keyedMethods: Readonly<Record<KeyedOutcomeNodeType, string>> = {
  recognition: 'recognize',
  liveness_detection: 'liveness',
  enter_email: 'enterEmail',
  document_scan: 'scanDocument',
  face_scan: 'faceScan',
  two_factor_email: 'twoFactorEmail',
  two_factor_sms: 'twoFactorSms',
  permissions: 'permissions',
  face_compare: 'faceCompare',
}

/**
 * The builder code of a planned flow, one call a line (indentation is the formatter's): `flow()`,
 * what comes before `start()`, the root chain. `endNodes` gives the fields of each end node by id.
 */
export function printFlow(plan: FlowPlan, endNodes: ReadonlyMap<string, ImportNode>): string {
  const printer = new Printer(endNodes)
  const lines = ['flow()', ...plan.before.map((chain) => printer.also(chain)), ...printer.chain(plan.root)]
  return lines.join('\n')
}

class Printer {
  readonly #endNodes: ReadonlyMap<string, ImportNode>

  constructor(endNodes: ReadonlyMap<string, ImportNode>) {
    this.#endNodes = endNodes
  }

  also(chain: PlannedChain): string {
    return `.also(${this.subFlow(chain)})`
  }

  /** A chain's calls, one a line. */
  chain(chain: PlannedChain): string[] {
    const calls = chain.nodes.map((planned) => this.#call(planned))
    const alsos = chain.alsos.map((also) => this.also(also))
    // Sub-chains written on their own come before the chain goes on, or after it stops.
    if (chain.then !== undefined) return [...calls, ...alsos, ...this.chain(chain.then)]
    if (chain.closing?.kind === 'goto') calls.push(`.goto(${quote(chain.closing.id)})`)
    else if (chain.closing?.kind === 'end') calls.push(this.#end(chain.closing.id, false))
    return [...calls, ...alsos]
  }

  subFlow(chain: PlannedChain): string {
    return `(path) =>\npath\n${this.chain(chain).join('\n')}`
  }

  #route(route: PlannedRoute): string {
    if (route.kind === 'next') return "'next'"
    if (route.kind === 'sub') return this.subFlow(route.chain)
    // A route 'next' means "continue the chain": the node named next is reached by a jump.
    return route.id === 'next' ? "(path) => path.goto('next')" : quote(route.id)
  }

  #call(planned: PlannedNode): string {
    const { node } = planned
    const json = node.json
    const unknown = unknownFields(node)
    switch (node.type) {
      case 'start':
        return `.start(${args(node.id === 'start' && unknown.length === 0 ? [] : [quote(node.id)], options(unknown))})`
      case 'end':
        return this.#end(node.id, true)
      case 'conversation':
        return this.#converse(planned, unknown)
      case 'data_validation':
        return `.validateData(${args([quote(node.id), typedLiteral(json.validation, nodeSchemas.data_validation.shape.validation)], [['outcomes', this.#branches(planned)], ...options(unknown)])})`
      case 'external_call':
        return `.callExternal(${args([quote(node.id), typedLiteral(json.request, nodeSchemas.external_call.shape.request)], options(unknown))})`
      case 'field_condition':
        return `.fieldCondition(${quote(node.id)}, ${objectLiteral([['rules', this.#rules(planned)], ['otherwise', this.#route(planned.routes.at(-1)!)], ...options(unknown)])})`
      default: {
        const settings: Entries = [...knownSettings(node, ['outcomes']).map(([key, value]): [string, string] => [key, typedLiteral(value, schemaOf(node, key))]), ...options(unknown)]
        const settingsArgument = settings.length === 0 ? [] : [objectLiteral(settings)]
        return `.${keyedMethods[node.type]}(${[quote(node.id), this.#keyedRoutes(planned), ...settingsArgument].join(', ')})`
      }
    }
  }

  #end(id: string, placedHere: boolean): string {
    const node = this.#endNodes.get(id)
    const entries: Entries = [...(placedHere ? [['placed', "'here'"] as [string, string]] : []), ...(node === undefined ? [] : options(unknownFields(node)))]
    if (entries.length === 0) return id === 'end' ? '.end()' : `.end(${quote(id)})`
    return `.end(${quote(id)}, ${objectLiteral(entries)})`
  }

  #converse(planned: PlannedNode, unknown: Entries): string {
    const { node } = planned
    const settings: Entries = knownSettings(node, ['prompt', 'outcomes', 'awaitExternal']).map(([key, value]) => [key, typedLiteral(value, schemaOf(node, key))])
    const head = [quote(node.id), literal(node.json.prompt)]
    if (!node.branches) {
      const [only] = node.json.outcomes as { id: string; condition: string }[]
      const single: Entries = []
      if (only!.id !== 'done') single.push(['outcome', quote(only!.id)])
      if (only!.condition !== '') single.push(['when', quote(only!.condition)])
      return `.converse(${args(head, [...single, ...settings, ...options(unknown)])})`
    }
    const entries: Entries = [['outcomes', this.#branches(planned)], ...settings]
    const awaitExternal = node.json.awaitExternal as Record<string, unknown> | undefined
    if (awaitExternal !== undefined) {
      const items = (node.json.outcomes as unknown[]).length
      const exits: Entries = ['onDataReady', 'onTimeout', 'onError'].map((exit, i) => [exit, this.#route(planned.routes[items + i]!)])
      const rest: Entries = Object.entries(awaitExternal).filter(([key]) => key !== 'exits').map(([key, value]) => [key, typedLiteral(value, AwaitExternal.shape[key as keyof typeof AwaitExternal.shape])])
      entries.push(['awaitExternal', objectLiteral([...rest, ['exits', objectLiteral(exits)]])])
    }
    return `.converse(${[...head, objectLiteral([...entries, ...options(unknown)])].join(', ')})`
  }

  /** The branches of a conversation or data validation: `{ id, when, to }`, the id left out when it is the default. */
  #branches(planned: PlannedNode): string {
    const items = planned.node.json.outcomes as Record<string, unknown>[]
    const branches = items.map((item, i) => {
      const id: Entries = item.id === `outcome_${i + 1}` ? [] : [['id', literal(item.id)]]
      const route: Entries = [['when', literal(item.condition)], ['to', this.#route(planned.routes[i]!)]]
      return objectLiteral([...id, ...route, ...options(extraEntries(item, ['id', 'condition', 'targetNodeId']))])
    })
    return `[\n${branches.join(',\n')},\n]`
  }

  #rules(planned: PlannedNode): string {
    const rules = planned.node.json.rules as Record<string, unknown>[]
    const printed = rules.map((rule, i) => {
      const fields = (['left', 'operator', 'right'] as const).filter((key) => rule[key] !== undefined)
      const entries = fields.map((key): [string, string] => [key, typedLiteral(rule[key], FieldConditionRule.shape[key])])
      return objectLiteral([...entries, ['to', this.#route(planned.routes[i]!)], ...options(extraEntries(rule, ['left', 'operator', 'right', 'outcome']))])
    })
    return `[\n${printed.join(',\n')},\n]`
  }

  /**
   * The routes of a keyed node: one per outcome, in the schema's order with sub-flows in the order
   * they run; `otherwise` for the largest group of outcomes that go to one place, when it is clear.
   */
  #keyedRoutes(planned: PlannedNode): string {
    const { node } = planned
    const names = node.slots.map((slot) => slot.path[1] as string)
    const signature = (route: PlannedRoute): string | undefined => (route.kind === 'sub' ? undefined : `${route.kind}:${route.kind === 'id' ? route.id : ''}`)
    const groups = new Map<string, number[]>()
    planned.routes.forEach((route, i) => {
      const key = signature(route)
      if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), i])
    })
    const allOutcomes = [...keyedOutcomes[node.type as KeyedOutcomeNodeType].required, ...keyedOutcomes[node.type as KeyedOutcomeNodeType].optional]
    // `otherwise` covers every outcome not named, optional ones too: only when the node has them all.
    const canGroup = allOutcomes.every((name) => names.includes(name))
    const [largest] = [...groups.values()].sort((a, b) => b.length - a.length)
    const grouped = canGroup && largest !== undefined && largest.length >= 2 && largest.length < names.length ? largest : []
    const named = names.map((_, i) => i).filter((i) => !grouped.includes(i))
    // Sub-flows run in the order their keys are written: keep the schema's order, sub-flows in the order they run.
    const subFlows = subFlowsInOrder(planned).map((chain) => planned.routes.findIndex((route) => route.kind === 'sub' && route.chain === chain))
    let next = 0
    const ordered = named.map((i) => (planned.routes[i]!.kind === 'sub' ? subFlows[next++]! : i))
    const entries: Entries = ordered.map((i) => [names[i]!, this.#route(planned.routes[i]!)])
    if (grouped.length > 0) entries.push(['otherwise', this.#route(planned.routes[grouped[0]!]!)])
    return objectLiteral(entries)
  }
}

/** Call arguments, with an options object last when it has anything. */
function args(head: readonly string[], optionEntries: Entries): string {
  return [...head, ...(optionEntries.length === 0 ? [] : [objectLiteral(optionEntries)])].join(', ')
}

function options(unknown: Entries): Entries {
  return unknown.length === 0 ? [] : [['unknownFields', objectLiteral(unknown)]]
}

/** Fields of a node its schema does not have, as code. */
function unknownFields(node: ImportNode): Entries {
  return extraEntries(node.json, nodeFields[node.type])
}

function extraEntries(record: Readonly<Record<string, unknown>>, known: readonly string[]): Entries {
  return Object.entries(record).filter(([key]) => !known.includes(key)).map(([key, value]) => [key, literal(value)])
}

/** The schema's fields of a node other than id, type and those named, in the order the JSON has them. */
function knownSettings(node: ImportNode, skip: readonly string[]): [string, unknown][] {
  const known = nodeFields[node.type]
  return Object.entries(node.json).filter(([key]) => known.includes(key) && key !== 'id' && key !== 'type' && !skip.includes(key))
}

/** The schema of one of a node's fields. */
function schemaOf(node: ImportNode, key: string): unknown {
  return (nodeSchemas[node.type].shape as Readonly<Record<string, unknown>>)[key]
}
