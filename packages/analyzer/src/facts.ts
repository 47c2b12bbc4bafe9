import { isNodeType, keyedOutcomes, legacyNodeTypes, type NodeType } from '@fsflow/schema'
import { isJsonObject } from './describe-value.js'
import type { FlowModel, FlowNodeInfo, OutcomeReference } from './flow-model.js'
import type { FlowGraph } from './graph/flow-graph.js'
import { type SchemaProblem, checkSchema } from './schema-check.js'

/** The current node type a node stands for: its own, or the one that replaced its legacy type. */
export function effectiveType(node: FlowNodeInfo): NodeType | undefined {
  if (isNodeType(node.type)) return node.type
  if (node.type !== undefined && Object.hasOwn(legacyNodeTypes, node.type)) return 'two_factor_email'
  return undefined
}

/** Where a node's missing outcomes would go: the outcomes object if there is one, else the node. */
export interface MissingOutcomes {
  readonly names: readonly string[]
  readonly pointer: string
}

/**
 * Analyses several rules share, computed once on first use. Rules read these; none of them is
 * computed for a rule that is turned off.
 */
export class FlowFacts {
  private cachedSchemaProblems: SchemaProblem[] | undefined
  private cachedMissing: (MissingOutcomes | undefined)[] | undefined
  private cachedBroken: Uint8Array | undefined
  private cachedCanReachEnd: Uint8Array | undefined

  constructor(
    private readonly model: FlowModel,
    private readonly graph: FlowGraph,
  ) {}

  /** Every place the document does not match FaceSign's schema (absent outcomes excepted). */
  get schemaProblems(): readonly SchemaProblem[] {
    this.cachedSchemaProblems ??= checkSchema(this.model)
    return this.cachedSchemaProblems
  }

  /** The outcomes a node's type requires that it lacks, or undefined when it lacks none. */
  missingOutcomes(node: FlowNodeInfo): MissingOutcomes | undefined {
    this.cachedMissing ??= this.model.nodes.map(findMissingOutcomes)
    return this.cachedMissing[node.index]
  }

  /** The outcomes of a node that point to an id no node has. */
  danglingReferences(node: FlowNodeInfo): readonly OutcomeReference[] {
    return this.graph.danglingReferencesOf(node.index)
  }

  /** Nodes with a schema problem, a missing outcome or a dangling target: their one mistake is reported once. */
  get brokenNodes(): Uint8Array {
    if (this.cachedBroken === undefined) {
      const broken = new Uint8Array(this.graph.size)
      for (const problem of this.schemaProblems) if (problem.node !== undefined) broken[problem.node.index] = 1
      const { nodes } = this.model
      // Index loops over the nodes here: these run once per flow, mostly before the JIT optimizes them.
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!
        if (broken[node.index]) continue
        if (this.missingOutcomes(node) !== undefined || this.danglingReferences(node).length > 0) {
          broken[node.index] = 1
        }
      }
      this.cachedBroken = broken
    }
    return this.cachedBroken
  }

  /** Nodes from which an `end` node, or a broken node, can be reached. */
  get canReachEnd(): Uint8Array {
    if (this.cachedCanReachEnd === undefined) {
      const targets: number[] = []
      const broken = this.brokenNodes
      const { nodes } = this.model
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!
        if (node.type === 'end' || broken[node.index]) targets.push(node.index)
      }
      this.cachedCanReachEnd = this.graph.canReach(targets)
    }
    return this.cachedCanReachEnd
  }
}

function findMissingOutcomes(node: FlowNodeInfo): MissingOutcomes | undefined {
  // Runs for every node: it allocates only for what it finds missing.
  const fields = node.fields
  const type = effectiveType(node)
  if (fields === undefined || type === undefined) return undefined
  switch (type) {
    case 'end':
      return undefined
    case 'start':
    case 'external_call':
      return has(fields, 'outcome') ? undefined : { names: ['outcome'], pointer: node.pointer }
    case 'field_condition': {
      const rules = fields.rules
      const noRules = !has(fields, 'rules') || (Array.isArray(rules) && rules.length === 0)
      const noDefault = !has(fields, 'default')
      if (!noRules && !noDefault) return undefined
      return { names: [...(noRules ? ['rules'] : []), ...(noDefault ? ['default'] : [])], pointer: node.pointer }
    }
    case 'conversation':
    case 'data_validation': {
      const key = has(fields, 'outcomes') ? 'outcomes' : has(fields, 'transitions') ? 'transitions' : undefined
      const list = key === undefined ? undefined : fields[key]
      const empty = key === undefined || (Array.isArray(list) && list.length === 0)
      return empty ? { names: ['outcomes'], pointer: node.pointer } : undefined
    }
    default: {
      const required = keyedOutcomes[type].required
      if (!has(fields, 'outcomes')) return required.length === 0 ? undefined : { names: required, pointer: node.pointer }
      const outcomes = fields.outcomes
      if (!isJsonObject(outcomes)) return undefined
      let names: string[] | undefined
      for (let i = 0; i < required.length; i++) {
        const key = required[i]!
        if (!Object.hasOwn(outcomes, key) || outcomes[key] === undefined) (names ??= []).push(key)
      }
      return names === undefined ? undefined : { names, pointer: `${node.pointer}/outcomes` }
    }
  }
}

function has(fields: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(fields, key) && fields[key] !== undefined
}
