import { join } from 'node:path'
import { createRuleSet } from '@fsflow/analyzer'
import { afterEach, describe, expect, it } from 'vitest'
import { lintFlowModule } from '../../src/flow-modules/lint-module.js'
import { createFlowProject, removeTempFolders } from '../helpers.js'

afterEach(removeTempFolders)

const ruleSet = createRuleSet()

/** Lints one module, written into a new project as `a.flow.ts`: each diagnostic's rule, line and columns. */
async function placed(source: string): Promise<(readonly [string | null, number | undefined, number | undefined, number | undefined])[]> {
  const { exports } = await lintFlowModule(join(createFlowProject({ 'a.flow.ts': source }), 'a.flow.ts'), ruleSet)
  return exports.flatMap(({ messages }) => messages.map((d) => [d.ruleId, d.line, d.column, d.endColumn] as const))
}

/** The 1-based column of the `n`th (from 1) occurrence of `text` on a line. */
function columnOf(line: string, text: string, n: number): number {
  let at = -1
  for (let i = 0; i < n; i++) at = line.indexOf(text, at + 1)
  return at + 1
}

describe('placing diagnostics of a flow module', () => {
  it('renders each flow a fixed number of times, however many warnings it has', async () => {
    // A brand whose render counts its calls, around a flow with 60 warnings: placing each one must not render again.
    // The worker renders each flow four times: its document, its node sites, the builder's own problems, and one locator.
    const source = `import { flow } from '@fsflow/builder'

let chain: any = flow().start().converse('greeting', 'Say: Hi! I need to verify your identity. It only takes a few seconds, so let us get started. Ready?')
for (let i = 0; i < 60; i++) chain = chain.liveness('liveness_' + i, { livenessDetected: 'next', deepfakeDetected: 'next', noFace: 'next' })
const real = chain.end()[Symbol.for('@fsflow/builder/flow')]
let renders = 0
export default {
  [Symbol.for('@fsflow/builder/flow')]: {
    kind: 'flow',
    render() {
      if (++renders > 4) throw new Error('rendered ' + renders + ' times')
      return real.render()
    },
  },
}
`
    expect(await placed(source)).toHaveLength(60)
  })

  it('underlines the second of two equal outcome ids, where the report’s path points', async () => {
    const line = `  .converse('ask', 'Ask whether the user is ready.', { outcomes: [{ id: 'yes', when: 'The user is ready', to: 'next' }, { id: 'yes', when: 'The user is ready now', to: 'next' }] })`
    const source = `import { flow } from '@fsflow/builder'\n\nexport default flow()\n  .start()\n${line}\n  .end()\n`
    const column = columnOf(line, "'yes'", 2)
    expect((await placed(source)).filter(([ruleId]) => ruleId === 'duplicate-outcome-id')).toEqual([['duplicate-outcome-id', 5, column, column + 5]])
  })

  it('underlines the route of an outcome whose target no node has, not its id of the same spelling', async () => {
    const line = `  .converse('ask', 'Ask whether the user is ready.', { outcomes: [{ id: 'ready', when: 'The user is ready', to: 'next' }, { id: 'closing', when: 'The user is done', to: 'closing' }] })`
    const source = `import { flow } from '@fsflow/builder'\n\nexport default flow()\n  .start()\n${line}\n  .end()\n`
    const column = columnOf(line, "'closing'", 2)
    expect((await placed(source)).filter(([ruleId]) => ruleId === 'dangling-target')).toEqual([['dangling-target', 5, column, column + 9]])
  })

  it('reports an exported chain never ended as one error at its last call, naming it', async () => {
    const source = `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greeting', 'Say: Hi! I need to verify your identity. It only takes a few seconds, so let us get started. Ready?')
  .liveness('liveness', { livenessDetected: 'next', noFace: 'next', otherwise: 'greeting' })
`
    const folder = createFlowProject({ 'a.flow.ts': source })
    const { exports } = await lintFlowModule(join(folder, 'a.flow.ts'), ruleSet)
    const errors = exports.flatMap(({ messages }) => messages.filter((d) => d.severity === 2))
    expect(errors.map((d) => [d.ruleId, d.line, d.column])).toEqual([['unended-chain', 6, 4]])
    expect(errors[0]?.message).toMatch(/^the chain ending at `\.liveness\(…\)` \(.*a\.flow\.ts:6\) was never ended: add `\.end\(\)` or `\.goto\(id\)`$/)
  })
})
