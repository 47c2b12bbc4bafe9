import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../../src/main.js'
import { captureContext, createFlowProject, createTempFolder, removeTempFolders } from '../../helpers.js'

afterEach(removeTempFolders)

const welcome = JSON.stringify([
  { id: 'start', type: 'start', outcome: 'welcome' },
  { id: 'welcome', type: 'conversation', prompt: 'Say: Welcome!', doesNotRequireReply: true, outcomes: [{ id: 'done', condition: '', targetNodeId: 'end' }] },
  { id: 'end', type: 'end' },
])

async function fsflowImport(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { context, stdout, stderr } = captureContext(cwd)
  const code = await main(['import', ...args], context)
  return { code, stdout: stdout(), stderr: stderr() }
}

describe('fsflow import', () => {
  it('writes the module of one file to --output-file, creating its folder', async () => {
    const cwd = createFlowProject({ 'welcome.json': welcome })
    const run = await fsflowImport(cwd, 'welcome.json', '--output-file', 'src/welcome.flow.ts')
    expect(run).toMatchObject({ code: 0, stdout: 'welcome.json → src/welcome.flow.ts\n', stderr: '' })
    expect(readFileSync(join(cwd, 'src/welcome.flow.ts'), 'utf8')).toContain(".converse('welcome', 'Say: Welcome!', { doesNotRequireReply: true })")
  })

  it('leaves a module that exists as it is, and says --force overwrites it', async () => {
    const cwd = createFlowProject({ 'welcome.json': welcome, 'welcome.flow.ts': '// edited by hand\n' })
    const run = await fsflowImport(cwd, 'welcome.json', '-o', 'welcome.flow.ts')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("'welcome.flow.ts' exists already: fsflow import leaves it as it is; add --force to overwrite it.")
    expect(readFileSync(join(cwd, 'welcome.flow.ts'), 'utf8')).toBe('// edited by hand\n')
  })

  it('overwrites a module that exists with --force', async () => {
    const cwd = createFlowProject({ 'welcome.json': welcome, 'welcome.flow.ts': '// edited by hand\n' })
    expect((await fsflowImport(cwd, 'welcome.json', '-o', 'welcome.flow.ts', '--force')).code).toBe(0)
    expect(readFileSync(join(cwd, 'welcome.flow.ts'), 'utf8')).toContain("import { flow } from '@fsflow/builder'")
  })

  it('writes nothing, and leaves no temporary file, when the module cannot be built back because @fsflow/builder is not installed there', async () => {
    const cwd = createTempFolder({ 'welcome.json': welcome })
    const run = await fsflowImport(cwd, 'welcome.json', '-o', 'welcome.flow.ts')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('welcome.json: the module for it could not be checked to build back to the same document, so it was not written')
    expect(readdirSync(cwd)).toEqual(['welcome.json'])
  })

  it('asks for --out-dir when several files are named, and for one of --output-file and --out-dir', async () => {
    const cwd = createTempFolder({ 'a.json': welcome, 'b.json': welcome })
    expect(await fsflowImport(cwd, 'a.json', 'b.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('add --out-dir <dir>') as string })
    expect(await fsflowImport(cwd, 'a.json', '-o', 'a.flow.ts', '--out-dir', 'src')).toMatchObject({ code: 2, stderr: expect.stringContaining('not both') as string })
  })

  it('refuses a second file that would be written to the same module, and writes the first', async () => {
    const cwd = createFlowProject({ 'a/login.json': welcome, 'b/login.flow.json': welcome })
    const run = await fsflowImport(cwd, 'a/login.json', 'b/login.flow.json', '--out-dir', 'src')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("b/login.flow.json: another file given is imported to 'src/login.flow.ts' already")
    expect(existsSync(join(cwd, 'src/login.flow.ts'))).toBe(true)
  })

  it('reports a file that cannot be read by its name', async () => {
    const cwd = createTempFolder()
    writeFileSync(join(cwd, 'placeholder'), '')
    expect(await fsflowImport(cwd, 'missing.json')).toMatchObject({ code: 2, stderr: "Cannot read 'missing.json': no such file\nfsflow import: 1 of 1 file was not imported.\n" })
  })
})
