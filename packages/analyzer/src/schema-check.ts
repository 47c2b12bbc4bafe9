import { z } from 'zod/v4'
import { SessionFields, isNodeType, legacyNodeTypes, noFlowMessage, nodeSchemas, nodeTypes, type NodeType } from '@fsflow/schema'
import { describeValue, isJsonObject } from './describe-value.js'
import type { FlowModel, FlowNodeInfo } from './flow-model.js'
import { joinPointer } from './pointer.js'

/** A place where the document does not match FaceSign's schema. */
export interface SchemaProblem {
  readonly pointer: string
  readonly message: string
  /** The node the problem is in, when it is in one. */
  readonly node?: FlowNodeInfo
}

const bodyWithoutFlow = SessionFields.omit({ flow: true })
const typeList = nodeTypes.join(', ')
const graphShapeMessage = "flow must be an array of nodes; {nodes, edges} is not FaceSign's format"

/**
 * Every schema problem of the document, one per problem. A required outcome that is absent is left
 * to `missing-outcome`, so that one mistake is reported once.
 */
export function checkSchema(model: FlowModel): SchemaProblem[] {
  const problems: SchemaProblem[] = []
  const { document, body } = model
  if (model.shape === 'other') {
    problems.push({
      pointer: '',
      message: `a flow file holds an array of nodes, {"flow": [...]} or a session body; got ${describeValue(document)}`,
    })
    return problems
  }
  if (body !== undefined) {
    for (const issue of bodyWithoutFlow.safeParse(body, { reportInput: true }).error?.issues ?? []) {
      problems.push({ pointer: joinPointer('', ...pathOf(issue)), message: describeIssue(issue) })
    }
    const hasFlow = Object.hasOwn(body, 'flow')
    if (hasFlow && !Array.isArray(body.flow)) {
      problems.push({ pointer: '/flow', message: flowShapeMessage(body.flow) })
    } else if (!hasFlow && !Object.hasOwn(body, 'modules')) {
      const looksLikeGraph = Object.hasOwn(body, 'nodes') || Object.hasOwn(body, 'edges')
      problems.push({
        pointer: '',
        message: looksLikeGraph ? graphShapeMessage : noFlowMessage,
      })
    }
  }
  const { nodes } = model
  if (model.flowPointer !== undefined && nodes.length === 0) {
    problems.push({ pointer: model.flowPointer, message: 'the flow is an empty array; a flow needs at least one node' })
  }
  for (let i = 0; i < nodes.length; i++) checkNode(nodes[i]!, problems)
  return problems
}

function flowShapeMessage(flow: unknown): string {
  if (isJsonObject(flow) && (Object.hasOwn(flow, 'nodes') || Object.hasOwn(flow, 'edges'))) return graphShapeMessage
  return `flow must be an array of nodes; got ${describeValue(flow)}`
}

function checkNode(node: FlowNodeInfo, problems: SchemaProblem[]): void {
  const { fields, pointer } = node
  if (fields === undefined) {
    problems.push({ pointer, node, message: `a node must be an object; got ${describeValue(node.value)}` })
    return
  }
  const rawType = Object.hasOwn(fields, 'type') ? fields.type : undefined
  // The node's own copy of the same text, shared by the nodes of a type: cheaper to look up.
  const typeName = typeof rawType === 'string' && node.type === rawType ? node.type : rawType
  let type: NodeType
  if (isNodeType(typeName)) {
    type = typeName
  } else if (typeof typeName === 'string' && Object.hasOwn(legacyNodeTypes, typeName)) {
    // The legacy `two_factor` node has the shape of today's two-factor nodes; `legacy-shape` names the change.
    type = 'two_factor_email'
  } else {
    const message =
      rawType === undefined
        ? `node has no "type"; expected one of ${typeList}`
        : typeof rawType === 'string'
          ? `unknown node type ${describeValue(rawType)}; expected one of ${typeList}`
          : `node "type" must be a string, one of ${typeList}; got ${describeValue(rawType)}`
    problems.push({ pointer: rawType === undefined ? pointer : `${pointer}/type`, node, message })
    if (!Object.hasOwn(fields, 'id') || typeof fields.id !== 'string') {
      problems.push({ pointer, node, message: idMessage(fields) })
    }
    return
  }
  const input = type === rawType ? fields : { ...fields, type }
  const schema = nodeSchemas[type]
  // Most nodes are valid: check them the fast way first, and ask for each issue's input only when there are issues.
  if (schema.safeParse(input).success) return
  const issues = schema.safeParse(input, { reportInput: true }).error?.issues ?? []
  for (const issue of issues) {
    if (isMissingOutcome(type, issue, fields)) continue
    const path = pathOf(issue)
    const message = path.length === 1 && path[0] === 'id' ? idMessage(fields) : describeIssue(issue)
    problems.push({ pointer: joinPointer(pointer, ...path), node, message })
  }
}

function idMessage(fields: Readonly<Record<string, unknown>>): string {
  return Object.hasOwn(fields, 'id')
    ? `node "id" must be a string; got ${describeValue(fields.id)}`
    : 'node has no "id"; every node needs a unique string id'
}

/** Whether an issue is an absent outcome the node type requires: `missing-outcome` reports those. */
function isMissingOutcome(type: NodeType, issue: z.core.$ZodIssue, fields: Readonly<Record<string, unknown>>): boolean {
  const [head, key, ...rest] = issue.path
  const absent = issue.code === 'invalid_type' && issue.input === undefined
  const empty = issue.code === 'too_small' && issue.origin === 'array'
  if (rest.length > 0) return false
  switch (type) {
    case 'start':
    case 'external_call':
      return head === 'outcome' && key === undefined && absent
    case 'field_condition':
      return (head === 'rules' || head === 'default') && key === undefined && (absent || empty)
    case 'conversation':
    case 'data_validation':
      // Legacy `transitions` stand in for `outcomes`; `legacy-shape` says so.
      return head === 'outcomes' && key === undefined && (absent || empty || Object.hasOwn(fields, 'transitions'))
    default:
      // Keyed outcome types: the whole object or one of its keys is absent.
      return head === 'outcomes' && absent
  }
}

function pathOf(issue: z.core.$ZodIssue): (string | number)[] {
  return issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))
}

/** Names the field: `outcomes.recognized`, `rules[0].left`. */
function fieldName(path: readonly PropertyKey[]): string {
  let name = ''
  for (const segment of path) {
    if (typeof segment === 'number') name += `[${segment}]`
    else name += (name === '' ? '' : '.') + String(segment)
  }
  return name
}

/** One sentence that names the field, the bad value and what was expected. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length === 0 ? 'value' : `"${fieldName(issue.path)}"`
  const got = describeValue(issue.input)
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${field} is required (${issue.expected})`
        : `${field} must be ${article(issue.expected)}; got ${got}`
    case 'invalid_value':
      return `${field} must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}; got ${got}`
    case 'too_small':
      return issue.origin === 'array'
        ? `${field} must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : `${field} must be at least ${String(issue.minimum)}; got ${got}`
    case 'too_big':
      return `${field} must be at most ${String(issue.maximum)}; got ${got}`
    case 'invalid_union':
      return `${field} matches none of its accepted shapes; got ${got}`
    case 'unrecognized_keys':
      return `${field} has unknown keys ${issue.keys.join(', ')}`
    case 'custom':
      return `${field}: ${issue.message}`
    default:
      return `${field}: ${issue.message}; got ${got}`
  }
}

function article(expected: string): string {
  if (expected === 'array' || expected === 'object' || expected === 'int') return `an ${expected === 'int' ? 'integer' : expected}`
  return `a ${expected}`
}
