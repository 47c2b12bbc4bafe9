import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../src/main.js'
import { captureContext, createFlowProject, createTempFolder, fixture, removeTempFolders, repoRoot } from '../helpers.js'

afterEach(removeTempFolders)

interface Reported {
  filePath: string
  errorCount: number
  warningCount: number
  messages: { ruleId: string | null; messageId?: string; nodeId?: string; line: number; message: string }[]
  suppressedMessages: { ruleId: string; nodeId?: string; suppressions: { kind: string; justification: string }[] }[]
}

async function lint(folder: string, ...args: string[]): Promise<{ code: number; results: Reported[]; stderr: string }> {
  const { context, stdout, stderr } = captureContext(folder)
  const code = await main(['lint', '--format', 'json', ...args], context)
  return { code, results: JSON.parse(stdout() === '' ? '[]' : stdout()) as Reported[], stderr: stderr() }
}

/** Two dangling targets and an unreachable node: three errors, on nodes `a`, `b` and `orphan`. */
const twoDangling = JSON.stringify([
  { id: 'start', type: 'start', outcome: 'a' },
  { id: 'a', type: 'conversation', prompt: 'Say: Hi. Ready?', outcomes: [{ id: 'yes', condition: 'agrees', targetNodeId: 'nowhere' }, { id: 'no', condition: 'refuses', targetNodeId: 'b' }] },
  { id: 'b', type: 'conversation', prompt: 'Say: Sure?', outcomes: [{ id: 'yes', condition: 'agrees', targetNodeId: 'gone' }, { id: 'no', condition: 'refuses', targetNodeId: 'end' }] },
  { id: 'orphan', type: 'end' },
  { id: 'end', type: 'end' },
])

const config = (suppress: unknown[]): string => JSON.stringify([{ files: ['flows/legacy/*.json'], suppress }])

describe('config suppressions', () => {
  it('move the problems of a rule on a node to suppressedMessages, with the reason, and the exit code follows what is left', async () => {
    const folder = createTempFolder({
      'flows/legacy/login.json': twoDangling,
      'fsflow.config.json': config([
        { rule: 'dangling-target', reason: 'legacy ids, ticket 12' },
        { rule: 'unreachable-node', nodeId: 'orphan', reason: 'kept for the old app' },
      ]),
    })
    const { code, results } = await lint(folder, 'flows')
    expect(results[0]!.messages).toEqual([])
    expect(results[0]!.suppressedMessages.map(({ ruleId, nodeId, suppressions }) => [ruleId, nodeId, suppressions])).toEqual([
      ['dangling-target', 'a', [{ kind: 'config', justification: 'legacy ids, ticket 12' }]],
      ['dangling-target', 'b', [{ kind: 'config', justification: 'legacy ids, ticket 12' }]],
      ['unreachable-node', 'orphan', [{ kind: 'config', justification: 'kept for the old app' }]],
    ])
    expect(code).toBe(0)
  })

  it('silence only the node they name', async () => {
    const folder = createTempFolder({ 'flows/legacy/login.json': twoDangling, 'fsflow.config.json': config([{ rule: 'dangling-target', nodeId: 'b', reason: 'r' }]) })
    const { code, results } = await lint(folder, 'flows')
    expect(results[0]!.messages.map(({ ruleId, nodeId }) => `${ruleId ?? ''} ${nodeId ?? ''}`)).toEqual(['dangling-target a', 'unreachable-node orphan'])
    expect(code).toBe(1)
  })

  it('warn in the config file about an entry that silenced nothing in the files it applies to', async () => {
    const folder = createTempFolder({ 'flows/legacy/login.json': twoDangling, 'fsflow.config.json': config([{ rule: 'dangling-target', nodeId: 'welcome', reason: 'r' }]) })
    const { results } = await lint(folder, 'flows')
    const configResult = results.find(({ filePath }) => filePath.endsWith('fsflow.config.json'))!
    expect(configResult.messages.map(({ ruleId, messageId }) => [ruleId, messageId])).toEqual([[null, 'unusedSuppression']])
    expect(configResult.messages[0]!.message).toContain('[0].suppress[0]')
    expect(configResult.warningCount).toBe(1)
  })

  it('never silence a file that is not JSON', async () => {
    const folder = createTempFolder({ 'flows/legacy/bad.json': fixture('malformed.flow.json'), 'fsflow.config.json': config([{ rule: 'invalid-schema', reason: 'r' }]) })
    const { code, results } = await lint(folder, 'flows')
    expect(results.find(({ filePath }) => filePath.endsWith('bad.json'))!.messages.map(({ ruleId }) => ruleId)).toEqual(['invalid-json'])
    expect(code).toBe(1)
  })
})

describe('bulk suppressions', () => {
  const dangling = fixture('dangling-target.flow.json')

  it('--suppress-all writes the errors per file and rule, sorted, relative to the config folder', async () => {
    const folder = createTempFolder({ 'flows/b.flow.json': twoDangling, 'flows/a.flow.json': dangling, 'fsflow.config.json': '[]' })
    const { code, results, stderr } = await lint(folder, 'flows', '--suppress-all')
    expect(readFileSync(join(folder, 'fsflow-suppressions.json'), 'utf8')).toBe(`{
  "flows/a.flow.json": {
    "dangling-target": {
      "count": 1
    },
    "unreachable-node": {
      "count": 1
    }
  },
  "flows/b.flow.json": {
    "dangling-target": {
      "count": 2
    },
    "unreachable-node": {
      "count": 1
    }
  }
}
`)
    expect(results.flatMap(({ messages }) => messages)).toEqual([])
    expect(results[0]!.suppressedMessages[0]!.suppressions).toEqual([{ kind: 'file', justification: '' }])
    expect(stderr).toBe('fsflow: fsflow-suppressions.json now suppresses 5 errors in 2 files.\n')
    expect(code).toBe(0)
  })

  it('is written as docs/suppressions.md shows it', async () => {
    const docs = readFileSync(join(repoRoot, 'docs/suppressions.md'), 'utf8')
    const shown = /```json\n(\{\n {2}"flows\/legacy\/login\.json"[\s\S]*?)```/u.exec(docs)![1]!
    const flow = JSON.parse(twoDangling) as { id: string }[]
    const folder = createTempFolder({ 'flows/legacy/login.json': JSON.stringify(flow.filter(({ id }) => id !== 'orphan')), 'fsflow.config.json': '[]' })
    await lint(folder, 'flows/legacy/login.json', '--suppress-all')
    expect(readFileSync(join(folder, 'fsflow-suppressions.json'), 'utf8')).toBe(shown)
  })

  it('later runs report every error of a rule in a file that has more of them than recorded', async () => {
    const folder = createTempFolder({ 'flows/a.flow.json': twoDangling, 'fsflow.config.json': '[]' })
    await lint(folder, 'flows', '--suppress-rule', 'dangling-target')
    writeFileSync(join(folder, 'flows/a.flow.json'), twoDangling.replace('"end"}]', '"ghost"}]'))
    const { code, results } = await lint(folder, 'flows')
    expect(results[0]!.messages.map(({ ruleId }) => ruleId)).toEqual(['dangling-target', 'dangling-target', 'dangling-target', 'unreachable-node', 'unreachable-node'])
    expect(code).toBe(1)
  })

  it('warns about a count that allows more errors than there are, until --prune-suppressions lowers it', async () => {
    const folder = createTempFolder({ 'flows/a.flow.json': twoDangling, 'fsflow.config.json': '[]' })
    await lint(folder, 'flows', '--suppress-all')
    writeFileSync(join(folder, 'flows/a.flow.json'), twoDangling.replace('"gone"', '"end"'))
    const stale = await lint(folder, 'flows')
    expect(stale.results[0]!.messages.map(({ messageId }) => messageId)).toEqual(['unusedBulkSuppression'])
    expect(stale.code).toBe(0)
    await lint(folder, 'flows', '--prune-suppressions')
    expect(JSON.parse(readFileSync(join(folder, 'fsflow-suppressions.json'), 'utf8'))).toEqual({ 'flows/a.flow.json': { 'dangling-target': { count: 1 }, 'unreachable-node': { count: 1 } } })
    expect((await lint(folder, 'flows')).results[0]!.messages).toEqual([])
  })

  it('keeps warnings out of the file, as ESLint does', async () => {
    const folder = createTempFolder({ 'flows/a.flow.json': fixture('short-greeting.flow.json'), 'fsflow.config.json': '[]' })
    await lint(folder, 'flows', '--suppress-all')
    expect(readFileSync(join(folder, 'fsflow-suppressions.json'), 'utf8')).toBe('{}\n')
  })

  it('exits 2 for a --suppressions-location that does not exist, unless it is being written', async () => {
    const folder = createTempFolder({ 'flows/a.flow.json': dangling })
    expect((await lint(folder, 'flows', '--suppressions-location', 'ci/known.json')).code).toBe(2)
    expect((await lint(folder, 'flows', '--suppressions-location', 'ci/known.json', '--suppress-all')).code).toBe(0)
    expect(Object.keys(JSON.parse(readFileSync(join(folder, 'ci/known.json'), 'utf8')) as object)).toEqual(['flows/a.flow.json'])
  })

  it('exits 2 for a suppressions file that is not what fsflow writes, naming what is wrong', async () => {
    const folder = createTempFolder({ 'flows/a.flow.json': dangling, 'fsflow.config.json': '[]', 'fsflow-suppressions.json': '{ "flows/a.flow.json": { "dangling-target": { "count": 0 } } }' })
    const { context, stderr } = captureContext(folder)
    expect(await main(['lint', 'flows'], context)).toBe(2)
    expect(stderr()).toContain('fsflow-suppressions.json: "flows/a.flow.json"."dangling-target": expected { "count": <a whole number above 0> }')
  })

  it('refuses --suppress-all with --prune-suppressions, and a --suppress-rule that names no rule', async () => {
    const folder = createTempFolder({ 'flows/a.flow.json': dangling })
    expect((await lint(folder, 'flows', '--suppress-all', '--prune-suppressions')).code).toBe(2)
    expect((await lint(folder, 'flows', '--suppress-rule', 'dangling-targte')).code).toBe(2)
  })
})

describe('fsflow-disable comments in TypeScript flows', () => {
  const module = (comment: string): string => `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greeting', 'Say: Hi!')
  ${comment}
  .recognize('recognition', { recognized: (path) => path.converse('known', 'Say: Welcome back.', { doesNotRequireReply: true }).end(), newUser: 'closing', noFace: 'closing' })
  .converse('closing', 'Say: Done.', { doesNotRequireReply: true })
  .end()
`

  it('silence the problem of the next builder call, keeping the reason as its justification', async () => {
    const folder = createFlowProject({ 'flows/a.flow.ts': module('// fsflow-disable-next-line greeting-too-short -- the kiosk greets in person') })
    const { code, results } = await lint(folder, 'flows')
    expect(results[0]!.messages).toEqual([])
    expect(results[0]!.suppressedMessages.map(({ ruleId, suppressions }) => [ruleId, suppressions])).toEqual([
      ['greeting-too-short', [{ kind: 'directive', justification: 'the kiosk greets in person' }]],
    ])
    expect(code).toBe(0)
  })

  it('warn where a directive silences nothing', async () => {
    const folder = createFlowProject({ 'flows/a.flow.ts': module('// fsflow-disable-next-line dangling-target') })
    const { results } = await lint(folder, 'flows')
    expect(results[0]!.messages.map(({ ruleId, line, message }) => [ruleId, line, message])).toEqual([
      [null, 6, "Unused fsflow-disable-next-line directive (no problems were reported from 'dangling-target')."],
      ['greeting-too-short', 7, expect.any(String) as unknown],
    ])
  })

  it('are honoured by fsflow build, which then writes the flow', async () => {
    const folder = createFlowProject({ 'flows/a.flow.ts': module('/* fsflow-disable greeting-too-short -- reviewed */').replace("'Say: Hi!'", "'Say: Hi!', { doesNotRequireReply: true }") })
    writeFileSync(join(folder, 'fsflow.config.json'), JSON.stringify([{ rules: { 'greeting-too-short': 'error' } }]))
    const { context, stdout } = captureContext(folder)
    expect(await main(['build', 'flows'], context)).toBe(0)
    expect(stdout()).toContain('a.flow.json')
    expect((JSON.parse(readFileSync(join(folder, 'flows/a.flow.json'), 'utf8')) as { id: string }[]).map(({ id }) => id)).toContain('recognition')
  })
})
