import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeFlow } from '@fsflow/analyzer'
import { isFlow, isSession } from '@fsflow/builder'
import recoverySession, { recoveryFlow } from '../../../examples/account-recovery.flow.js'
import recognitionBranching from '../../../examples/recognition-branching.flow.js'

const examples = new URL('../../../examples/', import.meta.url)
const seed = JSON.parse(readFileSync(new URL('account-recovery.flow.json', examples), 'utf8')) as { flow: unknown }

describe('examples/*.flow.ts', () => {
  it("account-recovery.flow.ts compiles to the seed's account-recovery flow, node for node", () => {
    expect(recoveryFlow.build()).toEqual(seed.flow)
  })

  it('account-recovery.flow.ts exports the whole seed session body as its default', () => {
    expect(isSession(recoverySession)).toBe(true)
    expect(JSON.parse(JSON.stringify(recoverySession))).toEqual(seed)
  })

  it('recognition-branching.flow.json is the compiled recognition-branching.flow.ts (update with vitest -u)', async () => {
    expect(isFlow(recognitionBranching)).toBe(true)
    await expect(`${JSON.stringify(recognitionBranching, null, 2)}\n`).toMatchFileSnapshot('../../../examples/recognition-branching.flow.json')
  })

  it('both examples are free of lint errors', () => {
    for (const document of [recoverySession.build(), recognitionBranching.build()]) {
      expect(analyzeFlow(document).filter((diagnostic) => diagnostic.severity === 2)).toEqual([])
    }
  })
})
