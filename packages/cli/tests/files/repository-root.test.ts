import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../src/files/repository-root.js'
import { createTempFolder, removeTempFolders } from '../helpers.js'

afterEach(removeTempFolders)

describe('repositoryRoot', () => {
  it('finds the folder with .git above the working folder', () => {
    const root = createTempFolder({ 'flows/deep/a.flow.json': '[]' })
    mkdirSync(join(root, '.git'))
    expect(repositoryRoot(join(root, 'flows/deep'))).toBe(root)
  })

  it('finds a worktree, whose .git is a file', () => {
    const root = createTempFolder({ '.git': 'gitdir: /elsewhere', 'flows/a.flow.json': '[]' })
    expect(repositoryRoot(join(root, 'flows'))).toBe(root)
  })

  it('is the working folder outside any repository', () => {
    const folder = createTempFolder({ 'a.flow.json': '[]' })
    writeFileSync(join(folder, 'not-git'), '')
    // The temporary folder is outside this repository, so nothing above it has a .git.
    expect(repositoryRoot(folder)).toBe(folder)
  })
})
