import { type ActiveRule, type LintConfig, resolveConfig } from './config.js'
import { type Diagnostic, compareDiagnostics } from './diagnostic.js'
import { FlowFacts } from './facts.js'
import { type FlowModel, readFlowModel } from './flow-model.js'
import { FlowGraph } from './graph/flow-graph.js'
import { invalidJsonDiagnostic } from './invalid-json.js'
import { locateDiagnosticsInParsedText, parseJsonText } from './json-text.js'
import type { RuleContext, RuleReport } from './rule.js'

/** Rules resolved from a config, ready to run on many documents. */
export type RuleSet = readonly ActiveRule[]

/** Resolves a config once, for linting many files with it. Throws `ConfigError`. */
export function createRuleSet(config?: LintConfig): RuleSet {
  return resolveConfig(config)
}

/**
 * Every problem of one flow document (any JSON value: a flow array or a session body), in one pass.
 * Diagnostics carry pointers, not positions: locate them with `locateDiagnostics` when there is text.
 */
export function analyzeFlow(document: unknown, config: LintConfig | RuleSet = {}): Diagnostic[] {
  return runRules(document, Array.isArray(config) ? (config as RuleSet) : resolveConfig(config as LintConfig))
}

/**
 * Lints the text of a JSON flow file: parse, analyze, and locate each diagnostic in the text. A text
 * that is not JSON gives one fatal `invalid-json` message and nothing else, whatever the config.
 */
export function lintJsonText(text: string, config: LintConfig | RuleSet = {}): Diagnostic[] {
  // The config is checked first, so that a bad one is an error whatever the file holds.
  const rules = Array.isArray(config) ? (config as RuleSet) : resolveConfig(config as LintConfig)
  const parsed = parseJsonText(text)
  if (!parsed.ok) return [invalidJsonDiagnostic(parsed.error)]
  const diagnostics = runRules(parsed.value, rules)
  if (diagnostics.length > 0) {
    locateDiagnosticsInParsedText(text, diagnostics)
    diagnostics.sort(compareDiagnostics)
  }
  return diagnostics
}

function runRules(document: unknown, rules: RuleSet): Diagnostic[] {
  const model: FlowModel = readFlowModel(document)
  const graph = new FlowGraph(model.nodes)
  const facts = new FlowFacts(model, graph)
  const diagnostics: Diagnostic[] = []
  for (const { rule, severity, options } of rules) {
    const context: RuleContext<string> = {
      model,
      graph,
      facts,
      report(report: RuleReport<string>) {
        diagnostics.push(toDiagnostic(rule.name, severity, rule.meta.messages[report.messageId] ?? report.messageId, report))
      },
    }
    rule.create(context, options)
  }
  return diagnostics
}

function toDiagnostic(ruleId: string, severity: 1 | 2, template: string, report: RuleReport<string>): Diagnostic {
  const message = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    report.data !== undefined && Object.hasOwn(report.data, key) ? String(report.data[key]) : whole,
  )
  const diagnostic: Diagnostic = { ruleId, severity, message, messageId: report.messageId, path: report.pointer ?? report.node?.pointer ?? '' }
  if (report.data !== undefined) diagnostic.data = report.data
  const nodeId = report.nodeId ?? report.node?.id
  if (nodeId !== undefined) diagnostic.nodeId = nodeId
  return diagnostic
}
