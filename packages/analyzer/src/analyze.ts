import { type ActiveRule, type LintConfig, resolveConfig } from './config.js'
import { type Diagnostic, RuleError } from './diagnostic.js'
import { FlowFacts } from './facts.js'
import { type FlowModel, readFlowModel } from './flow-model.js'
import { FlowGraph } from './graph/flow-graph.js'
import type { RuleContext, RuleReport } from './rule.js'

/** Rules resolved from a config, ready to run on many documents. */
export type RuleSet = readonly ActiveRule[]

/** Resolves a config once, for linting many files with it. Throws `ConfigError`. */
export function createRuleSet(config?: LintConfig): RuleSet {
  return resolveConfig(config)
}

/**
 * Every problem of one flow document (any JSON value: a flow array or a session body), in one pass.
 * Diagnostics carry JSON pointers and message ids, never positions: placing them is the source's job.
 * Throws `RuleError`, naming the rule, when a rule throws or reports a message id it does not have.
 */
export function analyzeFlow(document: unknown, config: LintConfig | RuleSet = {}): Diagnostic[] {
  const rules = Array.isArray(config) ? (config as RuleSet) : resolveConfig(config as LintConfig)
  const model: FlowModel = readFlowModel(document)
  const graph = new FlowGraph(model.nodes)
  const facts = new FlowFacts(model, graph)
  const diagnostics: Diagnostic[] = []
  for (const { rule, id, severity, options, settings } of rules) {
    const context: RuleContext<string> = {
      model,
      graph,
      facts,
      settings,
      report(report: RuleReport<string>) {
        diagnostics.push(toDiagnostic(rule, id, severity, report))
      },
    }
    try {
      rule.create(context, options)
    } catch (error) {
      throw error instanceof RuleError ? error : new RuleError(id, error)
    }
  }
  return diagnostics
}

/** A report of the rule known by `ruleId` (`namespace/name` for a plugin's), its message filled in from its data. */
function toDiagnostic(rule: ActiveRule['rule'], ruleId: string, severity: 1 | 2, report: RuleReport<string>): Diagnostic {
  const messages: Readonly<Record<string, string>> = rule.meta.messages
  if (!Object.hasOwn(messages, report.messageId)) {
    throw new RuleError(ruleId, new Error(`reported the message id "${report.messageId}", which is not in its meta.messages`))
  }
  const message = messages[report.messageId]!.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    report.data !== undefined && Object.hasOwn(report.data, key) ? String(report.data[key]) : whole,
  )
  const diagnostic: Diagnostic = { ruleId, severity, message, messageId: report.messageId, path: report.pointer ?? report.node?.pointer ?? '' }
  if (report.data !== undefined) diagnostic.data = report.data
  const nodeId = report.nodeId ?? report.node?.id
  if (nodeId !== undefined) diagnostic.nodeId = nodeId
  return diagnostic
}
