import { Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import { fromConfig } from '../src/index.js'

const linter = new Linter({ configType: 'flat' })

/** A flow whose recognition node comes after too little speech: greeting-too-short, on the `.recognize` call. */
const module = (comment: string): string => `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greeting', 'Say: Hi!')
  ${comment}
  .recognize('recognition', {
    recognized: (path) => path.converse('known', 'Say: Welcome back.', { doesNotRequireReply: true }).end(),
    newUser: 'closing',
    noFace: 'closing',
  })
  .converse('closing', 'Say: Done.', { doesNotRequireReply: true })
  .end()
`

function reported(text: string, fsflowConfig: unknown[] = []): string[] {
  const config = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...fromConfig(fsflowConfig)]
  return linter.verify(text, config, 'flows/a.flow.ts').map(({ ruleId, line }) => `${ruleId ?? ''} ${String(line)}`)
}

describe('fsflow suppressions in ESLint', () => {
  it('reports the problem when nothing silences it', () => {
    expect(reported(module(''))).toEqual(['fsflow/greeting-too-short 7'])
  })

  it('honours an fsflow-disable-next-line comment, as fsflow lint does', () => {
    expect(reported(module('// fsflow-disable-next-line greeting-too-short -- the kiosk greets in person'))).toEqual([])
  })

  it('leaves other rules reported under an fsflow-disable-next-line that names one', () => {
    expect(reported(module('// fsflow-disable-next-line dangling-target'))).toEqual(['fsflow/greeting-too-short 7'])
  })

  it("honours a config suppress entry for the rule on the node, and only that node", () => {
    const suppress = (nodeId: string): unknown[] => [{ files: ['flows/*.ts'], suppress: [{ rule: 'greeting-too-short', nodeId, reason: 'accepted' }] }]
    expect(reported(module(''), suppress('recognition'))).toEqual([])
    expect(reported(module(''), suppress('closing'))).toEqual(['fsflow/greeting-too-short 7'])
  })

  it('adds up the suppress entries of every config object that applies, as fsflow does', () => {
    const config = [
      { suppress: [{ rule: 'dangling-target', reason: 'a' }] },
      { files: ['flows/*.ts'], suppress: [{ rule: 'greeting-too-short', reason: 'b' }] },
    ]
    expect(reported(module(''), config)).toEqual([])
  })
})
