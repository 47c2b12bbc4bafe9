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
export type DocumentShape = 'flow-array' | 'session-body' | 'other' | 'unparsed'

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
  for (let index = 0; index < flow.length; index++) {
    const value = flow[index]
    const pointer = `${flowPointer}/${index}`
    if (!isJsonObject(value)) {
      nodes[index] = { index, pointer, value, fields: undefined, id: undefined, type: undefined, references: [] }
      continue
    }
    const id = Object.hasOwn(value, 'id') && typeof value.id === 'string' ? value.id : undefined
    const type = Object.hasOwn(value, 'type') && typeof value.type === 'string' ? knownType(value.type) : undefined
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
  private readonly indexedSuffixes = { outcomes: [] as string[], transitions: [] as string[], rules: [] as string[] }
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
    found.length = 0
    if (Object.hasOwn(node, 'outcome') && typeof node.outcome === 'string') {
      found.push({ name: 'outcome', target: node.outcome, pointer: pointer + '/outcome' })
    }
    this.readOutcomes(node, 'outcomes', pointer)
    this.readOutcomes(node, 'transitions', pointer)
    const rules = Object.hasOwn(node, 'rules') ? node.rules : undefined
    if (Array.isArray(rules)) {
      for (let i = 0; i < rules.length; i++) {
        const rule: unknown = rules[i]
        if (isJsonObject(rule) && Object.hasOwn(rule, 'outcome') && typeof rule.outcome === 'string') {
          found.push({ name: `rules[${i}]`, target: rule.outcome, pointer: pointer + this.indexedSuffix('rules', i, 'outcome') })
        }
      }
    }
    if (Object.hasOwn(node, 'default') && typeof node.default === 'string') {
      found.push({ name: 'default', target: node.default, pointer: pointer + '/default' })
    }
    const awaitExternal = Object.hasOwn(node, 'awaitExternal') ? node.awaitExternal : undefined
    if (isJsonObject(awaitExternal) && Object.hasOwn(awaitExternal, 'exits') && isJsonObject(awaitExternal.exits)) {
      const exits = awaitExternal.exits
      for (const key of Object.keys(exits)) {
        const target = exits[key]
        if (typeof target === 'string') found.push({ name: key, target, pointer: pointer + this.keySuffix('/awaitExternal/exits/', key) })
      }
    }
    return found.length === 0 ? [] : found.slice()
  }

  private readOutcomes(node: Readonly<Record<string, unknown>>, field: 'outcomes' | 'transitions', pointer: string): void {
    const outcomes = Object.hasOwn(node, field) ? node[field] : undefined
    if (Array.isArray(outcomes)) {
      for (let i = 0; i < outcomes.length; i++) {
        const outcome: unknown = outcomes[i]
        if (!isJsonObject(outcome) || !Object.hasOwn(outcome, 'targetNodeId')) continue
        const target = outcome.targetNodeId
        if (typeof target !== 'string') continue
        const name = Object.hasOwn(outcome, 'id') && typeof outcome.id === 'string' ? outcome.id : `${field}[${i}]`
        this.found.push({ name, target, pointer: pointer + this.indexedSuffix(field, i, 'targetNodeId') })
      }
    } else if (isJsonObject(outcomes)) {
      const prefix = field === 'outcomes' ? '/outcomes/' : '/transitions/'
      for (const key of Object.keys(outcomes)) {
        const target = outcomes[key]
        if (typeof target === 'string') this.found.push({ name: key, target, pointer: pointer + this.keySuffix(prefix, key) })
      }
    }
  }

  /** `/${field}/${i}/${last}`, made once per field and index. */
  private indexedSuffix(field: 'outcomes' | 'transitions' | 'rules', i: number, last: string): string {
    const list = this.indexedSuffixes[field]
    return (list[i] ??= `/${field}/${i}/${last}`)
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
