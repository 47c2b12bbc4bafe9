import type { AnyRuleModule, FlowSettings, Plugins } from '@fsflow/analyzer'
import type { Rule } from 'eslint'
import { analysisOf } from '../analysis.js'
import { suggesters, suggestionMessages } from '../suggestions.js'
import { isSilencedByFsflow } from '../suppressions.js'
import { optionsSchema } from './options-schema.js'

/** A plugin's rule as the analyzer knows it: its namespaced id, and the plugin that holds it. */
export interface PluginRuleOrigin {
  readonly id: string
  readonly plugins: Plugins
}

/**
 * The ESLint rule of an analyzer rule: same id (under `fsflow/`, or a plugin's namespace), messages,
 * options and docs. It reads the file's one analysis and reports only its own rule's problems, with
 * their suggestions; fsflow's shared settings come from ESLint's `settings.fsflow`.
 */
export function fromAnalyzerRule(rule: AnyRuleModule, origin?: PluginRuleOrigin): Rule.RuleModule {
  const suggests = Object.hasOwn(suggesters, rule.name)
  const messages: Record<string, string> = suggests ? { ...rule.meta.messages, ...suggestionMessages } : { ...rule.meta.messages }
  return {
    meta: {
      type: rule.meta.type,
      docs: { description: rule.meta.docs.description, recommended: true, url: rule.meta.docs.url },
      messages,
      schema: optionsSchema(rule),
      ...(suggests ? { hasSuggestions: true } : {}),
    },
    create(context) {
      const check = (): void => {
        const analysis = analysisOf(context.sourceCode.ast, context.filename, context.sourceCode.parserServices)
        if (analysis === undefined) return
        const options = context.options[0] as Readonly<Record<string, unknown>> | undefined
        const settings = (context.settings as { fsflow?: FlowSettings }).fsflow
        const ruleId = origin?.id ?? rule.name
        for (const { diagnostic, place, suggestions } of analysis.problemsOf(ruleId, options, settings, origin?.plugins)) {
          if (isSilencedByFsflow(context, ruleId, diagnostic.nodeId, place)) continue
          const data = Object.fromEntries(Object.entries(diagnostic.data ?? {}).map(([key, value]) => [key, String(value)]))
          const suggest = suggestions.map(({ messageId, data: suggestionData, edits }) => ({
            messageId,
            data: suggestionData,
            fix: (fixer: Rule.RuleFixer) => edits.map(({ range, text }) => fixer.replaceTextRange([range[0], range[1]], text)),
          }))
          context.report({
            ...(place as Rule.ReportDescriptorLocation),
            messageId: diagnostic.messageId,
            data,
            ...(suggest.length > 0 ? { suggest } : {}),
          })
        }
      }
      // Program for JavaScript and TypeScript, Document for @eslint/json: each visitor runs in its own language.
      return { Program: check, Document: check }
    },
  }
}
