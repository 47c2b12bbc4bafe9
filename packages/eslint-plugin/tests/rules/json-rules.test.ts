import { readFileSync } from 'node:fs'
import { type RuleEntry, rules as analyzerRules } from '@fsflow/analyzer'
import { lintJsonText } from '../../../cli/src/lint-text.js'
import plugin from '../../src/index.js'
import { suggesters } from '../../src/suggestions.js'
import { jsonTester } from '../rule-tester.js'

/** The one ```json block of a section of a rule's page. */
function example(ruleId: string, heading: string): string {
  const page = readFileSync(new URL(`../../../../docs/rules/${ruleId}.md`, import.meta.url), 'utf8')
  const section = page.split(/^## /m).find((part) => part.startsWith(heading)) ?? ''
  return /^```json\n([\s\S]*?)^```$/m.exec(section)?.[1] ?? ''
}

const onlyRule = (ruleId: string): Record<string, RuleEntry> =>
  Object.fromEntries(analyzerRules.map((rule) => [rule.name, rule.name === ruleId ? 'error' : 'off']))

// A file that is not JSON is @eslint/json's own parse error, never a rule's; rules with suggestions have their own cases.
const fromDocs = analyzerRules.filter((rule) => rule.name !== 'invalid-json' && !Object.hasOwn(suggesters, rule.name))

for (const rule of fromDocs) {
  const incorrect = example(rule.name, '❌ Incorrect')
  // fsflow lint's placement in the text is the oracle: the plugin must show each problem at the same span.
  const expected = lintJsonText(incorrect, { rules: onlyRule(rule.name) })
  jsonTester.run(`${rule.name} (flow JSON, from its documentation)`, plugin.rules![rule.name]!, {
    valid: [{ code: example(rule.name, '✅ Correct'), filename: 'correct.flow.json' }],
    invalid: [
      {
        code: incorrect,
        filename: 'incorrect.flow.json',
        errors: expected.map(({ messageId, line, column, endLine, endColumn }) => ({ messageId: messageId!, line, column, endLine, endColumn })),
      },
    ],
  })
}
