import type { z } from 'zod/v4'
import type { FlowFacts } from './facts.js'
import type { FlowModel, FlowNodeInfo } from './flow-model.js'
import type { FlowGraph } from './graph/flow-graph.js'
import type { RuleSettings } from './settings.js'

/** What a rule reports: a message id with its data, about a node or a place in the document. */
export interface RuleReport<MessageIds extends string> {
  messageId: MessageIds
  data?: Readonly<Record<string, string | number>>
  /** The node the report is about; gives `nodeId` and, unless `pointer` is set, the location. */
  node?: FlowNodeInfo
  /** Pointer to what the report is about; defaults to the node's pointer. */
  pointer?: string
  /** The node id to report when it is not `node.id` (a duplicated id, say). */
  nodeId?: string
}

/** What a rule sees: the flow as read, its graph, the shared analyses, and a way to report. */
export interface RuleContext<MessageIds extends string> {
  readonly model: FlowModel
  readonly graph: FlowGraph
  readonly facts: FlowFacts
  /** The shared analysis settings of the config (`wordsPerMinute`, and plugins' settings by namespace). */
  readonly settings: RuleSettings
  report(report: RuleReport<MessageIds>): void
}

/** What a rule's documentation says of it. */
export interface RuleDocs {
  description: string
  /** Severity in the recommended config (built-in rules; a plugin's rules run only when a config names them). */
  recommended: 'error' | 'warn'
  url: string
}

/** A rule's metadata: its kind, docs, message templates and options schema. */
export interface RuleMeta<MessageIds extends string, Options> {
  type: 'problem' | 'suggestion'
  docs: RuleDocs
  messages: Record<MessageIds, string>
  /** Validates user options; defaults are merged in before validation. */
  schema?: z.ZodType<Options>
  /**
   * The rule reports on a node from what that node holds alone (its fields and its outcomes, never
   * where they lead), so it holds on any part of a flow: a tool that could read only part of a flow
   * (the ESLint plugin, on builder code it cannot replay whole) still runs it there.
   */
  local?: boolean
}

/** A rule: its id (`name`), metadata, default options, and `create`, which reports what it finds. Make one with `createRule`. */
export interface RuleModule<Options = unknown, MessageIds extends string = string> {
  name: string
  meta: RuleMeta<MessageIds, Options>
  defaultOptions: Options
  create(context: RuleContext<MessageIds>, options: Options): void
}

/** Any rule, whatever its options and messages. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds rules of every option type
export type AnyRuleModule = RuleModule<any>

/** Where the built-in rules' pages are: `${docsBaseUrl}/${ruleId}.md`. */
export const docsBaseUrl = 'https://github.com/fsflow/fsflow/blob/main/docs/rules'

/**
 * Every rule goes through here, built-in or a plugin's, so every rule has a docs URL: the one given,
 * else its page among fsflow's rules. See docs/custom-rules.md for writing one.
 */
export function createRule<Options, MessageIds extends string>(
  rule: Omit<RuleModule<Options, MessageIds>, 'meta'> & {
    meta: Omit<RuleMeta<MessageIds, Options>, 'docs'> & { docs: Omit<RuleDocs, 'url'> & { url?: string } }
  },
): RuleModule<Options, MessageIds> {
  return { ...rule, meta: { ...rule.meta, docs: { ...rule.meta.docs, url: rule.meta.docs.url ?? `${docsBaseUrl}/${rule.name}.md` } } }
}
