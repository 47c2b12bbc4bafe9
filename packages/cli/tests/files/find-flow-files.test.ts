import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ExitError } from '../../src/exit-error.js'
import { findFiles, findFlowFiles } from '../../src/files/find-flow-files.js'
import { createTempFolder, removeTempFolders } from '../helpers.js'

afterEach(removeTempFolders)

const project = (): string =>
  createTempFolder({
    'flows/b.flow.json': '[]',
    'flows/a.flow.json': '[]',
    'flows/nested/deep/c.flow.json': '[]',
    'flows/notes.json': '{}',
    'flows/readme.md': '# flows',
    'flows/node_modules/pkg/d.flow.json': '[]',
    'flows/dist/e.flow.json': '[]',
    'session.json': '{}',
  })

describe('findFlowFiles', () => {
  it('searches a folder recursively for *.flow.json, skipping node_modules and dist', async () => {
    const cwd = project()
    expect(await findFlowFiles(['flows'], cwd)).toEqual([
      join(cwd, 'flows/a.flow.json'),
      join(cwd, 'flows/b.flow.json'),
      join(cwd, 'flows/nested/deep/c.flow.json'),
    ])
  })

  it('lints a file named outright whatever its name', async () => {
    const cwd = project()
    expect(await findFlowFiles(['session.json', 'flows/readme.md'], cwd)).toEqual([join(cwd, 'flows/readme.md'), join(cwd, 'session.json')])
  })

  it('keeps what a glob matches, whatever the names', async () => {
    const cwd = project()
    expect(await findFlowFiles(['flows/*.json'], cwd)).toEqual([
      join(cwd, 'flows/a.flow.json'),
      join(cwd, 'flows/b.flow.json'),
      join(cwd, 'flows/notes.json'),
    ])
  })

  it('skips node_modules and dist in a glob too', async () => {
    const cwd = project()
    expect(await findFlowFiles(['**/*.flow.json'], cwd)).toEqual([
      join(cwd, 'flows/a.flow.json'),
      join(cwd, 'flows/b.flow.json'),
      join(cwd, 'flows/nested/deep/c.flow.json'),
    ])
  })

  it('goes into dist or node_modules for a glob that names it', async () => {
    const cwd = project()
    expect(await findFlowFiles(['flows/dist/*.json'], cwd)).toEqual([join(cwd, 'flows/dist/e.flow.json')])
  })

  it('takes an absolute glob', async () => {
    const cwd = project()
    expect(await findFlowFiles([join(cwd, 'flows/*.flow.json')], '/')).toEqual([join(cwd, 'flows/a.flow.json'), join(cwd, 'flows/b.flow.json')])
  })

  it('lists a file once however many patterns name it', async () => {
    const cwd = project()
    expect(await findFlowFiles(['flows/a.flow.json', 'flows', './flows/a.flow.json', 'flows/*.flow.json'], cwd)).toHaveLength(3)
  })

  it('keeps a symbolic link that points nowhere, for reading to report', async () => {
    const cwd = createTempFolder()
    symlinkSync(join(cwd, 'missing.flow.json'), join(cwd, 'link.flow.json'))
    expect(await findFlowFiles(['link.flow.json'], cwd)).toEqual([join(cwd, 'link.flow.json')])
  })

  it('fails with exit code 2, naming each path that matches nothing', async () => {
    const cwd = project()
    const failure = await findFlowFiles(['flows', 'nope.flow.json', 'flows/*.yaml'], cwd).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ExitError)
    expect(failure).toMatchObject({ exitCode: 2, message: "No files matching 'nope.flow.json'.\nNo files matching 'flows/*.yaml'." })
  })

  it('says what a folder holds instead of flow files, and how to name them', async () => {
    const cwd = createTempFolder({ 'j/login.json': '[]', 'j/signup.json': '[]', 'j/kyc.json': '[]', 'j/recovery.json': '[]', 'j/readme.md': '' })
    await expect(findFlowFiles(['j/'], cwd)).rejects.toMatchObject({
      exitCode: 2,
      message: "No flow files in 'j/': it holds 4 .json files (kyc.json, login.json, recovery.json, …), but flow files are named *.flow.json; rename them, name them with a glob: 'j/*.json', or say so once in fsflow.config.json: [{ \"files\": [\"j/*.json\"] }] (docs/config.md).",
    })
  })

  it('suggests a glob that reaches the subfolders when the files are in them', async () => {
    const cwd = createTempFolder({ 'flows/kyc/login.json': '[]' })
    await expect(findFlowFiles(['flows'], cwd)).rejects.toThrow(/1 \.json file \(kyc\/login\.json\).*'flows\/\*\*\/\*\.json', or say so once/)
  })

  it('lists each real file once when symbolic links loop back into the folder, and stops', async () => {
    const cwd = createTempFolder({ 'flows/a.flow.json': '[]', 'flows/b/c.flow.json': '[]' })
    symlinkSync('..', join(cwd, 'flows/b/up'))
    symlinkSync('.', join(cwd, 'flows/self'))
    symlinkSync(join(cwd, 'flows'), join(cwd, 'flows/b/again'))
    expect(await findFlowFiles(['flows'], cwd)).toEqual([join(cwd, 'flows/a.flow.json'), join(cwd, 'flows/b/c.flow.json')])
  })

  it('fails for a folder that holds no flow file', async () => {
    const cwd = createTempFolder({ 'docs/readme.md': '# docs' })
    await expect(findFlowFiles(['docs'], cwd)).rejects.toThrow("No files matching 'docs'.")
  })
})

describe('findFiles', () => {
  const sources = (): string =>
    createTempFolder({
      'flows/a.flow.ts': '',
      'flows/b.flow.json': '[]',
      'flows/nested/c.flow.mts': '',
      'flows/nested/d.ts': '',
      'flows/dist/e.flow.ts': '',
    })

  it('searches folders for the suffixes given only', async () => {
    const cwd = sources()
    expect((await findFiles(['flows'], cwd, ['.flow.ts', '.flow.mts'])).map((file) => file.path)).toEqual([
      join(cwd, 'flows/a.flow.ts'),
      join(cwd, 'flows/nested/c.flow.mts'),
    ])
  })

  it('keeps the folder each file was found from: the folder named, the fixed part of a glob, or its own folder', async () => {
    const cwd = sources()
    expect(await findFiles(['flows/nested/d.ts', 'flows', 'flows/*/*.mts'], cwd, ['.flow.ts'])).toEqual([
      { path: join(cwd, 'flows/a.flow.ts'), root: join(cwd, 'flows') },
      { path: join(cwd, 'flows/nested/c.flow.mts'), root: join(cwd, 'flows') },
      { path: join(cwd, 'flows/nested/d.ts'), root: join(cwd, 'flows/nested') },
    ])
  })

  it('keeps the folder of the first pattern that finds a file', async () => {
    const cwd = sources()
    expect(await findFiles(['flows/nested/c.flow.mts', 'flows'], cwd, ['.flow.mts'])).toEqual([
      { path: join(cwd, 'flows/nested/c.flow.mts'), root: join(cwd, 'flows/nested') },
    ])
  })
})
