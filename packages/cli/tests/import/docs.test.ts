import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatModule } from '../../src/import/format-module.js'
import { importFlow } from '../../src/import/import-flow.js'
import { repoRoot } from '../helpers.js'
import { buildModule } from './round-trip.js'
import { typeErrors } from './type-check.js'

const page = readFileSync(`${repoRoot}/docs/import.md`, 'utf8')
const section = page.slice(page.indexOf('## Before and after'), page.indexOf('## What the code looks like'))
const before = /```json\n([\s\S]*?)\n```/.exec(section)?.[1] ?? ''
const after = /```ts\n([\s\S]*?)\n```/.exec(section)?.[1] ?? ''

describe('docs/import.md, before and after', () => {
  it('shows exactly what fsflow import writes for the JSON before', async () => {
    expect(await formatModule(importFlow(JSON.parse(before)))).toBe(`${after}\n`)
  })

  it('shows code that builds back to the JSON before', async () => {
    expect(await buildModule(after)).toStrictEqual(JSON.parse(before))
  })

  it('shows code that type-checks under strict', () => {
    expect(typeErrors([after])).toEqual(new Map())
  }, 120_000)
})
