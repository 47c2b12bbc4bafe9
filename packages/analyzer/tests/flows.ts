/** Small real flows for the tests, written as FaceSign's JSON has them, and ways to look at findings. */
import { readFileSync } from 'node:fs'
import { type Diagnostic, type LintConfig, analyzeFlow } from '@fsflow/analyzer'

/** A node as written in flow JSON. */
export type NodeJson = Record<string, unknown>

/** A start node leading to the first node, the nodes, then an `end` node with id `end`. */
export function flowOf(...nodes: NodeJson[]): NodeJson[] {
  const first = nodes[0]?.id ?? 'end'
  return [{ id: 'start', type: 'start', outcome: first }, ...nodes, { id: 'end', type: 'end' }]
}

/** A verbatim (`Say:`) conversation node with one unconditional outcome. */
export function say(id: string, text: string, targetNodeId = 'end', fields: NodeJson = {}): NodeJson {
  return { id, type: 'conversation', prompt: `Say: ${text}`, outcomes: [{ id: `${id}_next`, condition: '', targetNodeId }], ...fields }
}

/** A final statement before the end, as FaceSign recommends writing one. */
export function closing(id: string, targetNodeId = 'end'): NodeJson {
  return say(id, "You're all set! We'll send you a confirmation email shortly. Thanks!", targetNodeId, { doesNotRequireReply: true })
}

/** A prompt of exactly `count` words. */
export function words(count: number): string {
  return Array.from({ length: count }, () => 'word').join(' ')
}

/** A greeting long enough (22 words, about 9 s) to give video analysis its buffer. */
export const longGreeting =
  'Hi! I am going to check that it is really you. This takes a few seconds, so please look at the camera.'

/** Every finding of the recommended rules (or `config`) on a document. */
export function lint(document: unknown, config: LintConfig = {}): Diagnostic[] {
  return analyzeFlow(document, config)
}

/** The findings of one rule on a document, with the other rules at their recommended settings. */
export function reported(document: unknown, ruleId: string, config: LintConfig = {}): Diagnostic[] {
  return lint(document, config).filter((diagnostic) => diagnostic.ruleId === ruleId)
}

/** What a finding is about, without its message: compare these with `toEqual`. */
export function brief(diagnostic: Diagnostic): Pick<Diagnostic, 'ruleId' | 'severity' | 'nodeId' | 'path'> {
  return { ruleId: diagnostic.ruleId, severity: diagnostic.severity, nodeId: diagnostic.nodeId, path: diagnostic.path }
}

/** The messages of some findings. */
export function messages(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => diagnostic.message)
}

/** The seed's account-recovery session body (examples/account-recovery.flow.json), parsed afresh. */
export function accountRecovery(): { flow: NodeJson[] } & NodeJson {
  return JSON.parse(accountRecoveryText()) as { flow: NodeJson[] } & NodeJson
}

/** The text of examples/account-recovery.flow.json. */
export function accountRecoveryText(): string {
  return readFileSync(new URL('../../../examples/account-recovery.flow.json', import.meta.url), 'utf8')
}
