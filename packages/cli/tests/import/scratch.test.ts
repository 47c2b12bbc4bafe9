import { readFileSync, readdirSync } from 'node:fs'
import { it, expect } from 'vitest'
import { importFlow } from '../../src/import/import-flow.js'
import { buildModule } from './round-trip.js'
const root = '/work/wt-import/'
const docs: [string, unknown][] = []
for (const f of readdirSync(root + 'examples').filter((f) => f.endsWith('.json'))) docs.push([f, JSON.parse(readFileSync(root + 'examples/' + f, 'utf8'))])
for (const f of readdirSync(root + 'docs/rules')) {
  const text = readFileSync(root + 'docs/rules/' + f, 'utf8')
  let i = 0
  for (const m of text.matchAll(/^```json\n([\s\S]*?)^```$/gm)) { i++; try { docs.push([f + '#' + i, JSON.parse(m[1]!)]) } catch {} }
}
it.each(docs)('%s', async (name, doc) => {
  let code: string
  try { code = importFlow(doc) } catch (e) { expect.soft((e as Error).message).toBe('refused?'); return }
  expect(await buildModule(code)).toEqual(doc)
})
