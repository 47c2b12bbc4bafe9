// Where code generation from strings is forbidden (`node --disallow-code-generation-from-strings`,
// Cloudflare Workers, pages with a strict CSP), the built analyzer and builder must load and answer
// exactly as they do elsewhere.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const root = new URL('../../../', import.meta.url)

/** Lints every example flow with the analyzer and builds a flow with the builder, from dist. */
const script = `
import { readdirSync, readFileSync } from 'node:fs'
const root = new URL(${JSON.stringify(root.href)})
const { analyzeFlow } = await import(new URL('packages/analyzer/dist/index.js', root).href)
const { flow, compile, FlowBuildError } = await import(new URL('packages/builder/dist/index.js', root).href)
const examples = new URL('examples/', root)
const linted = readdirSync(examples).filter((file) => file.endsWith('.flow.json')).sort()
  .map((file) => [file, analyzeFlow(JSON.parse(readFileSync(new URL(file, examples), 'utf8')))])
const greeting = 'Say: Hi there! Please look at the camera for a moment while I get things ready. This only takes a few seconds.'
const built = compile(flow().start().converse('greeting', greeting).recognize('recognition', { recognized: 'closing', newUser: 'closing', noFace: 'closing' })
  .converse('closing', 'Say: Thank you, goodbye!', { doesNotRequireReply: true }).end())
let broken
try {
  compile(flow().start().converse('greeting', greeting).goto('closng'))
} catch (error) {
  broken = error instanceof FlowBuildError ? error.diagnostics : String(error)
}
process.stdout.write(JSON.stringify({ linted, built, broken }))
`

function run(flags: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...flags, '--input-type=module', '--eval', script], { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the analyzer and the builder where code generation from strings is disallowed', () => {
  it('load, lint and build with the same results as where it is allowed', () => {
    const allowed = run([])
    const disallowed = run(['--disallow-code-generation-from-strings'])
    expect(allowed).toMatchObject({ status: 0, stderr: '' })
    expect(disallowed).toEqual(allowed)
    const results = JSON.parse(disallowed.stdout) as { linted: [string, unknown[]][]; built: unknown[]; broken: unknown }
    expect(results.linted.length).toBeGreaterThan(0)
    expect(results.built.length).toBeGreaterThan(0)
    expect(results.broken).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'dangling-target' })]))
  })
})
