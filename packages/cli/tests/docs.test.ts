import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderOptionsReference, withOptionsReference } from '../src/docs.js'
import { repoRoot } from './helpers.js'

const reference = readFileSync(`${repoRoot}/docs/cli.md`, 'utf8')

describe('docs/cli.md', () => {
  it('has the options section that the option tables render (run `npm run generate` after changing a flag)', () => {
    expect(withOptionsReference(reference)).toBe(reference)
  })

  it('documents every flag of fsflow lint', () => {
    for (const flag of ['--format', '--output-file', '--max-warnings', '--quiet', '--rule']) expect(renderOptionsReference()).toContain(`\`${flag}\``)
  })

  it('shows the stylish report that fsflow prints for the folder scenario', () => {
    const example = /```text\n\$ npx fsflow lint flows\n([\s\S]*?)\n```/.exec(reference)?.[1]
    const scenario = readFileSync(new URL('scenarios/folder.scenario', import.meta.url), 'utf8')
    expect(example).toBe(/====stdout====\n([\s\S]*?)\n?$/.exec(scenario)?.[1]?.replace(/\n$/, ''))
  })
})

describe('withOptionsReference', () => {
  it('replaces only what stands between the markers', () => {
    const page = 'before\n<!-- generated:options:start -->\nstale\n<!-- generated:options:end -->\nafter\n'
    expect(withOptionsReference(page)).toBe(
      `before\n<!-- generated:options:start -->\n${renderOptionsReference()}\n<!-- generated:options:end -->\nafter\n`,
    )
  })

  it('fails on a page without the markers', () => {
    expect(() => withOptionsReference('# no markers')).toThrow('generated:options:start')
  })
})
