import { planFlow } from './flow-plan.js'
import { ImportError, importNodes, isRecord, refuseProtoKeys } from './import-nodes.js'
import { SessionFields } from '@fsflow/schema'
import { objectLiteral } from './literals.js'
import { typedLiteral } from './typed-literal.js'
import { printFlow } from './print-flow.js'

export { ImportError } from './import-nodes.js'

/** The name the module gives a flow that a session body holds. */
const sessionFlowName = 'verificationFlow'

/**
 * Builder code for a flow document, as a `.flow.ts` module whose default export builds back to the
 * same document: a bare array of nodes becomes `flow()…`, a session body (or `{ "flow": [...] }`)
 * `session({ …, flow })` around it. Not formatted: one call a line, for `formatModule` to indent.
 * Throws `ImportError` for what the builder cannot write exactly.
 */
export function importFlow(document: unknown): string {
  refuseProtoKeys(document, '')
  if (Array.isArray(document)) return moduleText(['flow'], `export default ${flowCode(document, '')}`)
  if (!isRecord(document) || !Array.isArray(document.flow)) {
    throw new ImportError('expected a flow: an array of nodes, { "flow": [...] } or a session body with a "flow" array', '')
  }
  if (Object.hasOwn(document, 'modules')) {
    throw new ImportError('the session body has legacy "modules" besides "flow": the builder writes sessions around a flow only', '/modules')
  }
  const body = Object.entries(document).map(([key, value]): [string, string] => [key, key === 'flow' ? sessionFlowName : typedLiteral(value, (SessionFields.shape as Readonly<Record<string, unknown>>)[key])])
  return moduleText(['flow', 'session'], `const ${sessionFlowName} = ${flowCode(document.flow, '/flow')}\n\nexport default session(${objectLiteral(body)})`)
}

function flowCode(nodes: readonly unknown[], pointer: string): string {
  const checked = importNodes(nodes, pointer)
  const endNodes = new Map(checked.filter((node) => node.type === 'end').map((node) => [node.id, node]))
  return printFlow(planFlow(checked), endNodes)
}

function moduleText(imports: readonly string[], body: string): string {
  return `import { ${imports.join(', ')} } from '@fsflow/builder'\n\n${body}\n`
}
