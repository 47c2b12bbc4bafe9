import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ExitError } from '../../src/exit-error.js'
import { findFlowFiles } from '../../src/files/find-flow-files.js'
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

  it('fails for a folder that holds no flow file', async () => {
    const cwd = createTempFolder({ 'docs/readme.md': '# docs' })
    await expect(findFlowFiles(['docs'], cwd)).rejects.toThrow("No files matching 'docs'.")
  })
})
