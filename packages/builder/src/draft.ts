import { joinPointer } from '@fsflow/analyzer'
import { nodeSchemas, type NodeType } from '@fsflow/schema'
import type { SourceLocation } from './call-site.js'

/** A path to a value inside a node: `['outcomes', 'noFace']`, `['outcomes', 0, 'targetNodeId']`. */
export type FieldPath = readonly (string | number)[]

/**
 * Where in a builder call's arguments a value was written: the argument's index, then the keys and
 * indices inside it. `[2, 'outcomes', 1, 'to']` is the `to` of the second branch of `converse`'s options.
 */
export type ArgumentPath = readonly (string | number)[]

/** A builder call, and (when known) where among its arguments the value a pointer leads to was written. */
export interface Site {
  readonly location: SourceLocation
  readonly argument?: ArgumentPath
}

/** One place in a node that names the node it continues to; filled in as the flow is written. */
export interface Slot {
  readonly node: DraftNode
  readonly path: FieldPath
  /** The target node id; undefined while the chain that owns the slot is still open. */
  target: string | undefined
  /** Where the target was named when that was not the node's own call (a `goto`). */
  site: SourceLocation | undefined
}

/** A node as the builder holds it: its JSON with `null` where targets go, and those targets' slots. */
export interface DraftNode {
  readonly id: string
  readonly type: NodeType
  /** The node's JSON in its final key order; every slot's place holds `null`. */
  readonly template: Readonly<Record<string, unknown>>
  readonly slots: Slot[]
  /** The builder call that made the node. */
  readonly site: SourceLocation | undefined
  /** Which argument of that call wrote each field, by the field's path in the node (`outcomes/1/id`). */
  readonly arguments: ReadonlyMap<string, ArgumentPath>
}

/** The open ends of a chain that was built or exported without `.end()` or `.goto(id)`, and the call it stopped at. */
export interface UnendedChain {
  /** The method of the chain's last call, `liveness` for `.liveness(…)`. */
  readonly call: string
  readonly site: SourceLocation | undefined
  /** Pointers to the outcomes left without a target, in the order written. */
  readonly pointers: readonly string[]
  /** The nodes those outcomes belong to, in the same order. */
  readonly nodeIds: readonly string[]
}

/** A document as written, and where in the source each node, field and `goto` target came from. */
export interface RenderedDocument {
  readonly document: unknown
  /** Sites by JSON pointer into the document (`/3`, `/3/outcomes/0/id`, `/flow/3`). */
  readonly sites: ReadonlyMap<string, Site>
  /** Present when the chain rendered was never ended. */
  readonly unended?: UnendedChain
}

/** The chain's last call, as the cursor holding the open ends knows it. */
export interface ChainTip {
  readonly open: readonly Slot[]
  readonly call: string
  readonly site: SourceLocation | undefined
}

const outcomeFields = new Set(['outcome', 'outcomes', 'default'])

/**
 * A node's JSON with keys in a stable order: id, type, then the schema's fields in the schema's order
 * (fields it does not know after them, as given), then the fields that name targets.
 */
export function orderNode(
  type: NodeType,
  id: string,
  fields: Readonly<Record<string, unknown>>,
  targets: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const node: Record<string, unknown> = { id, type }
  const known = Object.keys(nodeSchemas[type].shape)
  for (const key of known) {
    if (key !== 'id' && key !== 'type' && !outcomeFields.has(key) && fields[key] !== undefined) node[key] = fields[key]
  }
  for (const key of Object.keys(fields)) {
    if (!known.includes(key) && fields[key] !== undefined) node[key] = fields[key]
  }
  for (const key of known) {
    if (outcomeFields.has(key) && key in targets) node[key] = targets[key]
  }
  return node
}

/** The nodes of one flow, shared by every chain of it, in the order they were written. */
export class Draft {
  readonly #nodes: DraftNode[] = []
  /** End nodes by id: each is written once, however many chains end there: last, unless placed. */
  readonly #ends = new Map<string, EndEntry>()

  /** Adds a node; `slots` name the places in `template` that will hold target ids. */
  add(
    id: string,
    type: NodeType,
    template: Record<string, unknown>,
    slotPaths: readonly FieldPath[],
    site: SourceLocation | undefined,
    fieldArguments: ReadonlyMap<string, ArgumentPath>,
  ): DraftNode {
    const slots: Slot[] = []
    const node: DraftNode = { id, type, template, slots, site, arguments: fieldArguments }
    for (const path of slotPaths) slots.push({ node, path, target: undefined, site: undefined })
    this.#nodes.push(node)
    return node
  }

  /**
   * The end node with this id, made on first use. `here` writes it at this point of the node order
   * instead of last; its unknown fields are merged into it.
   */
  end(id: string, site: SourceLocation | undefined, options: EndOptions): void {
    let entry = this.#ends.get(id)
    if (entry === undefined) {
      const template: Record<string, unknown> = { id, type: 'end' }
      entry = { node: { id, type: 'end', template, slots: [], site, arguments: new Map([['id', [0]]]) }, fields: template, placed: false }
      this.#ends.set(id, entry)
    }
    for (const [key, value] of Object.entries(options.unknownFields)) {
      if (Object.hasOwn(entry.fields, key) && !sameJson(entry.fields[key], value)) {
        throw new TypeError(`end("${id}"): its field "${key}" was already given another value`)
      }
      entry.fields[key] = value
    }
    if (!options.here) return
    if (entry.placed) throw new TypeError(`end("${id}"): this end node was already placed; place it once, end other chains with .end("${id}")`)
    entry.placed = true
    this.#nodes.push(entry.node)
  }

  /** Points open slots at a node. */
  link(slots: readonly Slot[], target: string, site?: SourceLocation): void {
    for (const slot of slots) {
      slot.target = target
      slot.site = site
    }
  }

  /**
   * Every node, end nodes last; a slot with no target yet leaves its key out, as an unlinked outcome.
   * `tip` is the chain being built: its open slots, if any, make the document an unended chain.
   */
  render(tip?: ChainTip): RenderedDocument & { readonly document: unknown[] } {
    const nodes: unknown[] = []
    const sites = new Map<string, Site>()
    const open = new Set(tip?.open)
    const unended = { pointers: [] as string[], nodeIds: [] as string[] }
    const lastEnds = [...this.#ends.values()].filter((entry) => !entry.placed).map((entry) => entry.node)
    for (const draftNode of [...this.#nodes, ...lastEnds]) {
      const pointer = `/${nodes.length}`
      const node = copyJson(draftNode.template) as Record<string, unknown>
      if (draftNode.site !== undefined) {
        sites.set(pointer, { location: draftNode.site })
        for (const [field, argument] of draftNode.arguments) sites.set(`${pointer}/${field}`, { location: draftNode.site, argument })
      }
      for (const slot of draftNode.slots) {
        setAt(node, slot.path, slot.target)
        const slotPointer = joinPointer(pointer, ...slot.path)
        // The `goto` that named the target: its first argument.
        if (slot.site !== undefined) sites.set(slotPointer, { location: slot.site, argument: [0] })
        if (open.has(slot)) {
          unended.pointers.push(slotPointer)
          unended.nodeIds.push(draftNode.id)
        }
      }
      nodes.push(node)
    }
    if (tip === undefined || unended.pointers.length === 0) return { document: nodes, sites }
    return { document: nodes, sites, unended: { call: tip.call, site: tip.site, ...unended } }
  }
}

/** An end node of the draft, with its fields (to merge unknown fields into) and whether it was placed. */
interface EndEntry {
  readonly node: DraftNode
  readonly fields: Record<string, unknown>
  placed: boolean
}

/** How a chain ends at an end node. */
export interface EndOptions {
  /** Write the end node here in the node order, rather than last. */
  readonly here: boolean
  readonly unknownFields: Readonly<Record<string, unknown>>
}

/**
 * A deep copy of JSON-like data, as `JSON.parse(JSON.stringify(value))` makes it (keys whose value is
 * undefined left out), except that numbers are kept as they are: `-0` stays `-0`.
 */
export function copyJson(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return copyJson((value as { toJSON: () => unknown }).toJSON())
  }
  if (Array.isArray(value)) return value.map((item: unknown) => (item === undefined ? null : copyJson(item)))
  if (typeof value !== 'object' || value === null) return value
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue
    // Only `__proto__` needs defineProperty to stay an own key; assignment is much faster for the rest.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: copyJson(item), enumerable: true, writable: true, configurable: true })
    else copy[key] = copyJson(item)
  }
  return copy
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Sets the value at a path, or deletes the key when the value is undefined. */
function setAt(root: Record<string, unknown>, path: FieldPath, value: string | undefined): void {
  let holder: unknown = root
  for (const key of path.slice(0, -1)) holder = (holder as Record<string | number, unknown>)[key]
  const last = path[path.length - 1]
  if (last === undefined || typeof holder !== 'object' || holder === null) return
  const record = holder as Record<string | number, unknown>
  if (value === undefined) {
    // Deleting from an array would leave a hole; only object keys hold targets.
    if (!Array.isArray(record)) Reflect.deleteProperty(record, last)
  } else {
    record[last] = value
  }
}
