import { afterAll } from 'vitest'
import { createRuleSet } from '@fsflow/analyzer'
import { lintFlowModule } from '../../../cli/src/flow-modules/lint-module.js'
import plugin from '../../src/index.js'
import { builderFixtures } from '../builder-fixtures.js'
import { builderTester } from '../rule-tester.js'
import { scratchFolder } from '../scratch.js'

const scratch = scratchFolder()
afterAll(() => { scratch.remove() })

// `fsflow lint` is the oracle: it runs each module, and the plugin, which only reads it, must place each problem where it does.
const linted = await Promise.all(
  Object.entries(builderFixtures).map(async ([ruleId, code]) => {
    const file = scratch.write(`${ruleId}.flow.ts`, code)
    const { exports } = await lintFlowModule(file, createRuleSet())
    return { ruleId, code, file, diagnostics: exports.flatMap((flowExport) => flowExport.messages).filter((d) => d.ruleId === ruleId) }
  }),
)

/** A flow no rule reports on. */
const correct = `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greeting', 'Say: Hi! I need to verify your identity. It only takes a few seconds, and then you are all set. Ready?', { when: 'The user responded' })
  .liveness('liveness', { livenessDetected: 'next', deepfakeDetected: 'sorry', noFace: 'sorry', inconclusive: 'sorry' })
  .converse('closing', 'Say: Thanks, you are verified.', { doesNotRequireReply: true })
  .end()
  .converse('sorry', 'Say: Sorry, we could not verify you.', { doesNotRequireReply: true })
  .end()
`

/** What each suggestion does to its fixture. */
const suggestionsOf: Readonly<Record<string, (code: string) => { messageId: string; output: string }[]>> = {
  'dangling-target': (code) => [{ messageId: 'useExistingId', output: code.replace("goto('livenes')", "goto('liveness')") }],
  'misplaced-does-not-require-reply': (code) => [{ messageId: 'removeDoesNotRequireReply', output: code.replace('{ doesNotRequireReply: true }', '{  }') }],
  'liveness-inconclusive': (code) => [{ messageId: 'routeInconclusive', output: code.replace("noFace: 'sorry' }", "noFace: 'sorry', inconclusive: 'sorry' }") }],
}

for (const { ruleId, code, file, diagnostics } of linted) {
  builderTester.run(`${ruleId} (builder code, placed as fsflow lint places it)`, plugin.rules![ruleId]!, {
    valid: [{ code: correct, filename: 'correct.flow.ts' }],
    invalid: [
      {
        code,
        filename: file,
        errors: diagnostics.map(({ messageId, line, column, endLine, endColumn }) => ({
          messageId: messageId!,
          line,
          column,
          endLine,
          endColumn,
          suggestions: suggestionsOf[ruleId]?.(code) ?? [],
        })),
      },
    ],
  })
}
