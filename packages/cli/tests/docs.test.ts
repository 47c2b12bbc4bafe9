import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { graphPicture, renderOptionsReference, withOptionsReference } from '../src/docs.js'
import { main } from '../src/main.js'
import { captureContext, repoRoot } from './helpers.js'

const reference = readFileSync(`${repoRoot}/docs/cli.md`, 'utf8')

/** What the page shows a command printing, in each ```text block that starts with `$ <command>`. */
function examplesOf(command: string): string[] {
  const escaped = command.replace(/[$()*+.?[\\\]^{|}-]/g, '\\$&')
  return [...reference.matchAll(new RegExp(`\`\`\`text\\n\\$ ${escaped}\\n([\\s\\S]*?)\\n\`\`\``, 'g'))].map((match) => match[1]!)
}

/** The standard output a scenario expects. */
function stdoutOf(name: string): string | undefined {
  const scenario = readFileSync(new URL(`scenarios/${name}.scenario`, import.meta.url), 'utf8')
  return /====stdout====\n([\s\S]*?)(?:\n====|\n?$)/.exec(scenario)?.[1]?.replace(/\n$/, '')
}

describe('docs/cli.md', () => {
  it('has the options section that the option tables render (run `npm run generate` after changing a flag)', () => {
    expect(withOptionsReference(reference)).toBe(reference)
  })

  it('documents every flag of fsflow lint, fsflow build, fsflow graph and fsflow import', () => {
    for (const flag of ['--format', '--output-file', '--max-warnings', '--quiet', '--rule', '--out-dir', '--check', '--export', '--force']) {
      expect(renderOptionsReference()).toContain(`\`${flag}\``)
    }
  })

  it('shows what fsflow prints in the scenarios, for each command it shows', () => {
    expect(examplesOf('npx fsflow lint flows')).toEqual([stdoutOf('typescript-flows'), stdoutOf('folder')])
    expect(examplesOf('npx fsflow build flows --out-dir dist/flows')).toEqual([stdoutOf('build'), stdoutOf('build-error')])
    expect(examplesOf('npx fsflow build flows --check')).toEqual([stdoutOf('build-check')])
    expect(examplesOf('npx fsflow import flows/welcome.flow.json flows/teleport.json flows/cut.json --out-dir src/flows')).toEqual([stdoutOf('import-out-dir')])
    for (const format of ['github', 'gitlab', 'junit']) expect(examplesOf(`npx fsflow lint flows --format ${format}`)).toEqual([stdoutOf(`${format}-format`)])
    expect(examplesOf('npx fsflow lint flows --format github --format sarif:reports/fsflow.sarif --format junit:reports/junit.xml')).toEqual([
      stdoutOf('several-formats'),
    ])
  })

  it('shows the Mermaid that the graph-mermaid scenario prints', () => {
    expect(examplesOf('npx fsflow graph flows/recovery.flow.ts')).toEqual([stdoutOf('graph-mermaid')])
  })

  it('shows the picture that fsflow graph draws of the example (run `npm run generate` after changing the drawing)', async () => {
    const { context, stdout, stderr } = captureContext(repoRoot)
    expect(await main(graphPicture.args, context)).toBe(0)
    expect(stderr()).toBe('')
    expect(readFileSync(join(repoRoot, graphPicture.path), 'utf8')).toBe(stdout())
    expect(reference).toContain(`](${graphPicture.path.replace(/^docs\//, '')})`)
  })

  it('shows the Markdown summary that the markdown-format scenario prints', () => {
    expect(/````markdown\n([\s\S]*?)\n````/.exec(reference)?.[1]).toBe(stdoutOf('markdown-format'))
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
