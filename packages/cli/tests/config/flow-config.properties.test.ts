// Config resolution as ESLint resolves flat config: the last matching object wins for every key,
// global ignores always win, and objects that do not match a file never contribute to it.
import type { ConfigObject } from '@fsflow/analyzer'
import fc from 'fast-check'
import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { FlowConfig } from '../../src/config/flow-config.js'

const base = '/repo'
const paths = ['flows/a.json', 'flows/legacy/login.json', 'flows/legacy/old/kyc.json', 'flows/b.flow.json', 'other/c.flow.ts', 'x.flow.json']
const patterns = ['flows/**', 'flows/legacy/*.json', 'flows/legacy/**/*.json', '**/*.flow.json', 'other/*', '*.json', '**/kyc.json']
const severities = ['off', 'warn', 'error'] as const

const object: fc.Arbitrary<ConfigObject> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ ignores: fc.array(fc.constantFrom(...patterns), { minLength: 1, maxLength: 2 }) }) },
  {
    weight: 5,
    arbitrary: fc.record(
      {
        files: fc.array(fc.constantFrom(...patterns), { minLength: 1, maxLength: 2 }),
        ignores: fc.array(fc.constantFrom(...patterns), { minLength: 1, maxLength: 1 }),
        rules: fc.record({ 'start-node': fc.constantFrom(...severities), 'greeting-too-short': fc.tuple(fc.constantFrom(...severities), fc.record({ minSeconds: fc.integer({ min: 0, max: 9 }) })) }, { requiredKeys: [] }),
        settings: fc.record({ wordsPerMinute: fc.integer({ min: 60, max: 200 }) }),
        suppress: fc.array(fc.record({ rule: fc.constant('empty-condition'), reason: fc.string({ minLength: 1, maxLength: 5 }) }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
  },
)

const isGlobalIgnore = (candidate: ConfigObject): boolean => candidate.ignores !== undefined && Object.keys(candidate).every((key) => key === 'ignores')
const matches = (globs: readonly string[] | undefined, path: string): boolean => (globs ?? []).some((glob) => picomatch(glob, { dot: true })(path))
/** The oracle: which objects apply to a path, read straight from ESLint's rules. */
const applying = (objects: readonly ConfigObject[], path: string): ConfigObject[] =>
  objects.filter((candidate) => !isGlobalIgnore(candidate) && (candidate.files === undefined || matches(candidate.files, path)) && !matches(candidate.ignores, path))

describe('FlowConfig resolution', () => {
  it('lets the last matching object win for every rule and setting, and concatenates suppressions of matching objects only', () => {
    fc.assert(
      fc.property(fc.array(object, { maxLength: 6 }), fc.constantFrom(...paths), (objects, path) => {
        const resolved = new FlowConfig(objects, '/repo/fsflow.config.json', base).forFile(`${base}/${path}`)?.resolved
        const globallyIgnored = objects.some((candidate) => isGlobalIgnore(candidate) && matches(candidate.ignores, path))
        expect(resolved === undefined).toBe(globallyIgnored)
        if (resolved === undefined) return
        const applied = applying(objects, path)
        for (const ruleId of ['start-node', 'greeting-too-short']) {
          const last = applied.filter((candidate) => candidate.rules !== undefined && Object.hasOwn(candidate.rules, ruleId)).at(-1)
          expect(resolved.rules[ruleId]).toEqual(last?.rules?.[ruleId])
        }
        expect(resolved.settings.wordsPerMinute).toBe(applied.filter((candidate) => candidate.settings !== undefined).at(-1)?.settings?.wordsPerMinute)
        expect(resolved.suppress).toEqual(applied.flatMap((candidate) => candidate.suppress ?? []).map((entry) => ({ ...entry, configFile: '/repo/fsflow.config.json' })))
      }),
    )
  })

  it('never lints a globally ignored file, whatever other objects name it', () => {
    fc.assert(
      fc.property(fc.array(object, { maxLength: 6 }), fc.constantFrom(...paths), fc.constantFrom(...patterns), (objects, path, ignored) => {
        const config = new FlowConfig([...objects, { ignores: [ignored] }], undefined, base)
        if (!matches([ignored], path)) return
        expect(config.forFile(`${base}/${path}`)).toBeUndefined()
        expect(config.isSearched(`${base}/${path}`)).toBe(false)
      }),
    )
  })

  it('ignores node_modules and .git by default', () => {
    const config = new FlowConfig([{ files: ['**/*.json'] }], undefined, base)
    expect(config.isIgnored(`${base}/node_modules/x/a.flow.json`)).toBe(true)
    expect(config.isIgnored(`${base}/.git/a.json`)).toBe(true)
    expect(config.isIgnored(`${base}/flows/a.json`)).toBe(false)
  })

  it('adds to a folder search what a files pattern names, but not what a catch-all pattern does', () => {
    const config = new FlowConfig([{ files: ['flows/legacy/*.json'] }, { files: ['**/*'], rules: { 'start-node': 'off' } }], undefined, base)
    expect(config.isSearched(`${base}/flows/legacy/login.json`)).toBe(true)
    expect(config.isSearched(`${base}/flows/a.json`)).toBe(false)
    expect(config.isSearched(`${base}/flows/a.flow.json`)).toBe(true)
  })
})
