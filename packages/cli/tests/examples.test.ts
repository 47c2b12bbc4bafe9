// The repository's examples: every JSON flow has a TypeScript twin, and the JSON is exactly what
// `fsflow build` writes for it, so the two can never drift apart.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { binPath, repoRoot, runFsflow } from './helpers.js'

beforeAll(() => {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: build first (npx tsc -b)`)
})

const examples = join(repoRoot, 'examples')

describe('examples/', () => {
  it('has a .flow.ts twin for every .flow.json', () => {
    const json = readdirSync(examples).filter((name) => name.endsWith('.flow.json'))
    expect(json.length).toBeGreaterThan(0)
    expect(json.filter((name) => !existsSync(join(examples, name.replace(/\.flow\.json$/, '.flow.ts'))))).toEqual([])
  })

  it('holds, for each twin, the JSON that fsflow build writes, byte for byte (fsflow build examples --check)', () => {
    const run = runFsflow(['build', 'examples', '--check'], repoRoot)
    const outdated = run.stdout.split('\n').filter((line) => /^(stale|missing): /.test(line))
    expect({ status: run.status, outdated }).toEqual({ status: 0, outdated: [] })
  })
})
