import { legacyNodeTypes, nodeTypes } from '@fsflow/schema'
import { isJsonObject } from './describe-value.js'
import { escapePointerToken } from './pointer.js'

/** An outcome of a node that names a target node id. */
export interface OutcomeReference {
  /** The outcome's name: a fixed key (`noFace`), a conversation outcome id, `outcome`, `default`, `rules[0]`. */
  readonly name: string
  readonly target: string
  /** Pointer to the target string in the document. */
  readonly pointer: string
}

/** A node of the flow as written, before any validation: every field may be missing or of any type. */
export interface FlowNodeInfo {
  /** Position in the flow array. */
  readonly index: number
  /** Pointer to the node in the document, e.g. `/flow/3`. */
  readonly pointer: string
  /** The array element as written. */
  readonly value: unknown
  /** The node object; undefined when the array element is not an object. */
  readonly fields: Readonly<Record<string, unknown>> | undefined
  /** The node's id when it is a string. */
  readonly id: string | undefined
  /** The node's type when it is a string. */
  readonly type: string | undefined
  readonly references: readonly OutcomeReference[]
}

/** What kind of document a flow file holds. */
export type DocumentShape = 'flow-array' | 'session-body' | 'other'

/** A flow document as read: a bare flow array, or a session body with a `flow` (or legacy `modules`). */
export interface FlowModel {
  readonly document: unknown
  readonly shape: DocumentShape
  /** The session body when the document is an object. */
  readonly body: Readonly<Record<string, unknown>> | undefined
  /** Pointer to the flow array; undefined when the document holds no flow array. */
  readonly flowPointer: string | undefined
  readonly nodes: readonly FlowNodeInfo[]
}

/** Reads the nodes and outcome references of any JSON value, leniently, so that one bad field hides nothing else. */
export function readFlowModel(document: unknown): FlowModel {
  if (Array.isArray(document)) {
    return { document, shape: 'flow-array', body: undefined, flowPointer: '', nodes: readNodes(document, '') }
  }
  if (isJsonObject(document)) {
    const flow = Object.hasOwn(document, 'flow') ? document.flow : undefined
    const nodes = Array.isArray(flow) ? readNodes(flow, '/flow') : []
    return {
      document,
      shape: 'session-body',
      body: document,
      flowPointer: Array.isArray(flow) ? '/flow' : undefined,
      nodes,
    }
  }
  return { document, shape: 'other', body: undefined, flowPointer: undefined, nodes: [] }
}

/**
 * Node type names as the schema spells them. A node's `type` is the one of these with its text when
 * there is one: then the nodes of a type share one string, and every comparison or property lookup
 * by type afterwards is cheap (strings parsed from JSON each have their own copy).
 */
const knownTypesByLength: (string[] | undefined)[] = []
for (const type of [...nodeTypes, ...Object.keys(legacyNodeTypes)]) (knownTypesByLength[type.length] ??= []).push(type)

/** The known type name with this text, else the text itself. Compares by length first: no hashing. */
function knownType(type: string): string {
  const candidates = knownTypesByLength[type.length]
  if (candidates !== undefined) for (const candidate of candidates) if (candidate === type) return candidate
  return type
}

function readNodes(flow: readonly unknown[], flowPointer: string): FlowNodeInfo[] {
  const nodes = new Array<FlowNodeInfo>(flow.length)
  const reader = new ReferenceReader()
  const prefix = `${flowPointer}/`
  for (let index = 0; index < flow.length; index++) {
    const value = flow[index]
    const pointer = prefix + String(index)
    if (!isJsonObject(value)) {
      nodes[index] = { index, pointer, value, fields: undefined, id: undefined, type: undefined, references: [] }
      continue
    }
    // A property load first, Object.hasOwn only to confirm a value is there: loads are cheaper.
    const rawId = value.id
    const rawType = value.type
    const id = typeof rawId === 'string' && Object.hasOwn(value, 'id') ? rawId : undefined
    const type = typeof rawType === 'string' && Object.hasOwn(value, 'type') ? knownType(rawType) : undefined
    nodes[index] = { index, pointer, value, fields: value, id, type, references: reader.read(value, pointer) }
  }
  return nodes
}

/**
 * Reads the outcome references of nodes. It runs for every outcome of a flow and what it makes
 * lives as long as the flow, so it makes little: each reference's pointer is the node's pointer
 * joined to a suffix shared by every node (`/outcomes/0/targetNodeId`), the same text `joinPointer`
 * makes; and each node's list is exactly as long as it needs to be.
 */
class ReferenceReader {
  private readonly found: OutcomeReference[] = []
  private readonly outcomeSuffixes: string[] = []
  private readonly transitionSuffixes: string[] = []
  private readonly ruleSuffixes: string[] = []
  private readonly keySuffixes = {
    '/outcomes/': new Map<string, string>(),
    '/transitions/': new Map<string, string>(),
    '/awaitExternal/exits/': new Map<string, string>(),
  }

  /**
   * Every string that names a target node, wherever any node type keeps one: `outcome`, `outcomes`
   * (array or keyed object), legacy `transitions`, `rules[].outcome`, `default`, `awaitExternal.exits`.
   * Reading every shape for every type keeps a node with a wrong type from cutting off what follows it.
   */
  read(node: Readonly<Record<string, unknown>>, pointer: string): OutcomeReference[] {
    const found = this.found
    let count = 0
    const outcome = node.outcome
    if (typeof outcome === 'string' && Object.hasOwn(node, 'outcome')) {
      found[count++] = { name: 'outcome', target: outcome, pointer: pointer + '/outcome' }
    }
    const outcomes = node.outcomes
    if (outcomes !== undefined && Object.hasOwn(node, 'outcomes')) count = this.readOutcomes(outcomes, 'outcomes', pointer, count)
    const transitions = node.transitions
    if (transitions !== undefined && Object.hasOwn(node, 'transitions')) count = this.readOutcomes(transitions, 'transitions', pointer, count)
    const rules = node.rules
    if (Array.isArray(rules) && Object.hasOwn(node, 'rules')) {
      for (let i = 0; i < rules.length; i++) {
        const rule: unknown = rules[i]
        if (!isJsonObject(rule)) continue
        const target = rule.outcome
        if (typeof target === 'string' && Object.hasOwn(rule, 'outcome')) {
          found[count++] = { name: `rules[${i}]`, target, pointer: pointer + (this.ruleSuffixes[i] ??= `/rules/${i}/outcome`) }
        }
      }
    }
    const otherwise = node.default
    if (typeof otherwise === 'string' && Object.hasOwn(node, 'default')) {
      found[count++] = { name: 'default', target: otherwise, pointer: pointer + '/default' }
    }
    const awaitExternal = node.awaitExternal
    if (isJsonObject(awaitExternal) && Object.hasOwn(node, 'awaitExternal')) {
      const exits = awaitExternal.exits
      if (isJsonObject(exits) && Object.hasOwn(awaitExternal, 'exits')) {
        for (const key of Object.keys(exits)) {
          const target = exits[key]
          if (typeof target === 'string') found[count++] = { name: key, target, pointer: pointer + this.keySuffix('/awaitExternal/exits/', key) }
        }
      }
    }
    return count === 0 ? [] : found.slice(0, count)
  }

  /** Reads an `outcomes` (or `transitions`) field into `found` from `count` on; returns the new count. */
  private readOutcomes(outcomes: unknown, field: 'outcomes' | 'transitions', pointer: string, count: number): number {
    const found = this.found
    if (Array.isArray(outcomes)) {
      const suffixes = field === 'outcomes' ? this.outcomeSuffixes : this.transitionSuffixes
      for (let i = 0; i < outcomes.length; i++) {
        const outcome: unknown = outcomes[i]
        if (!isJsonObject(outcome)) continue
        const target = outcome.targetNodeId
        if (typeof target !== 'string' || !Object.hasOwn(outcome, 'targetNodeId')) continue
        const id = outcome.id
        const name = typeof id === 'string' && Object.hasOwn(outcome, 'id') ? id : `${field}[${i}]`
        found[count++] = { name, target, pointer: pointer + (suffixes[i] ??= `/${field}/${i}/targetNodeId`) }
      }
    } else if (isJsonObject(outcomes)) {
      const prefix = field === 'outcomes' ? '/outcomes/' : '/transitions/'
      for (const key of Object.keys(outcomes)) {
        const target = outcomes[key]
        if (typeof target === 'string') found[count++] = { name: key, target, pointer: pointer + this.keySuffix(prefix, key) }
      }
    }
    return count
  }

  /** `${prefix}${escaped key}`, made once per prefix and key. */
  private keySuffix(prefix: '/outcomes/' | '/transitions/' | '/awaitExternal/exits/', key: string): string {
    const cache = this.keySuffixes[prefix]
    let suffix = cache.get(key)
    if (suffix === undefined) {
      suffix = prefix + escapePointerToken(key)
      cache.set(key, suffix)
    }
    return suffix
  }
}
