import { joinPointer } from '@fsflow/analyzer'
import { setOwn } from '../replay/values.js'
import { type FlowEdits, type TextEdit, removeFromList } from './text-edit.js'

/** The nodes of `@eslint/json`'s syntax tree (Momoa's) this source reads. */
export interface JsonNode {
  readonly type: string
  readonly range: readonly [number, number]
  readonly value?: unknown
  readonly name?: JsonNode
  readonly members?: readonly JsonNode[]
  readonly elements?: readonly JsonNode[]
}

/** A flow document read from a JSON syntax tree, with the node behind each JSON pointer. */
export interface JsonFlowSource {
  readonly document: unknown
  /** The node a pointer leads to, or to its longest prefix that exists (as `fsflow lint` places it). */
  locate(pointer: string): JsonNode
  readonly edits: FlowEdits
}

/** Reads `@eslint/json`'s `Document` into the value it holds, walking it once, without recursion. */
export function readJsonSource(root: JsonNode): JsonFlowSource {
  const nodes = new Map<string, JsonNode>()
  const parents = new Map<JsonNode, JsonNode>()
  const holder = { value: undefined as unknown }
  const work: { node: JsonNode; pointer: string; set: (value: unknown) => void }[] = [
    { node: root, pointer: '', set: (value) => { holder.value = value } },
  ]
  while (work.length > 0) {
    const { node, pointer, set } = work.pop()!
    nodes.set(pointer, node)
    if (node.type === 'Object') {
      const object: Record<string, unknown> = {}
      set(object)
      const members = node.members ?? []
      const last = new Map(members.map((member, i) => [keyOf(member), i]))
      // Keys in the order they first appear, as JSON.parse orders them; each gets its value when its last member is read.
      for (const key of last.keys()) setOwn(object, key, undefined)
      // Pushed last to first, so that members are read in order; a duplicated key keeps its last value, as JSON.parse does.
      for (let i = members.length - 1; i >= 0; i--) {
        const member = members[i]!
        const key = keyOf(member)
        if (last.get(key) !== i) continue
        parents.set(member, node)
        work.push({ node: member.value as JsonNode, pointer: joinPointer(pointer, key), set: (value) => { setOwn(object, key, value) } })
      }
    } else if (node.type === 'Array') {
      const array: unknown[] = []
      set(array)
      const elements = node.elements ?? []
      for (let i = elements.length - 1; i >= 0; i--) {
        work.push({ node: elements[i]!.value as JsonNode, pointer: joinPointer(pointer, i), set: (value) => { array[i] = value } })
      }
    } else {
      set(node.type === 'Null' ? null : node.value)
    }
  }
  const locate = (pointer: string): JsonNode => {
    for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
      const node = nodes.get(at)
      if (node !== undefined) return node
      if (at === '') return root
    }
  }
  return { document: holder.value, locate, edits: jsonEdits(nodes, parents) }
}

function keyOf(member: JsonNode): string {
  const name = member.name
  return name?.type === 'Identifier' ? String((name as { name?: unknown }).name) : String(name?.value)
}

function jsonEdits(nodes: ReadonlyMap<string, JsonNode>, parents: ReadonlyMap<JsonNode, JsonNode>): FlowEdits {
  const parentPointer = (pointer: string): string => pointer.slice(0, pointer.lastIndexOf('/'))
  const memberAt = (pointer: string): { object: JsonNode; index: number } | undefined => {
    const object = nodes.get(parentPointer(pointer))
    const value = nodes.get(pointer)
    if (object?.type !== 'Object' || value === undefined) return undefined
    const index = (object.members ?? []).findIndex((member) => member.value === value && parents.get(member) === object)
    return index < 0 ? undefined : { object, index }
  }
  return {
    replaceString(pointer, value): TextEdit[] | undefined {
      const node = nodes.get(pointer)
      return node?.type === 'String' ? [{ range: node.range, text: JSON.stringify(value) }] : undefined
    },
    removeField(pointer) {
      const found = memberAt(pointer)
      return found === undefined ? undefined : removeFromList((found.object.members ?? []).map((member) => member.range), found.index)
    },
    addField(pointer, key, value) {
      const object = nodes.get(pointer)
      if (object?.type !== 'Object') return undefined
      const last = object.members?.[object.members.length - 1]
      const field = `${JSON.stringify(key)}: ${JSON.stringify(value)}`
      return last === undefined
        ? [{ range: [object.range[0] + 1, object.range[0] + 1], text: field }]
        : [{ range: [last.range[1], last.range[1]], text: `, ${field}` }]
    },
    renameField(pointer, key) {
      const found = memberAt(pointer)
      const name = found === undefined ? undefined : found.object.members?.[found.index]?.name
      return name === undefined ? undefined : [{ range: name.range, text: JSON.stringify(key) }]
    },
  }
}
