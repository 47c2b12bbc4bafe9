import { flowDiagram, nodeProblemsOf } from '../../graph/flow-diagram.js'
import { renderMermaid } from '../../graph/mermaid.js'
import type { LintMessage, LintResult, LintedFlow } from '../../lint-result.js'

/** A flow with problems, drawn. */
export interface FlowDrawing {
  /** The module export it is, when the file has several flows. */
  exportName: string | undefined
  mermaid: string
}

/** The messages about one of a file's flows: all of them for a file of one flow, else those prefixed `[export] `. */
export function messagesOf(result: LintResult, flow: LintedFlow, flowCount: number): LintMessage[] {
  if (flowCount === 1) return result.messages
  return result.messages.filter((message) => message.message.startsWith(`[${flow.exportName ?? ''}] `))
}

/** Each flow of a file that has problems, drawn with those problems' nodes marked. */
export function drawingsOf(result: LintResult): FlowDrawing[] {
  const flows = result.flows ?? []
  return flows.flatMap((flow) => {
    const messages = messagesOf(result, flow, flows.length)
    if (messages.length === 0) return []
    return [{ exportName: flows.length > 1 ? flow.exportName : undefined, mermaid: renderMermaid(flowDiagram(flow.document, nodeProblemsOf(messages))) }]
  })
}
