import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../src/files/write-file-atomic.js'
import { createTempFolder, deadPid, removeTempFolders } from '../helpers.js'

afterEach(removeTempFolders)

describe('writeFileAtomic', () => {
  it('creates the folders of the file', async () => {
    const folder = createTempFolder()
    await writeFileAtomic(join(folder, 'reports/lint/report.json'), '[]')
    expect(readFileSync(join(folder, 'reports/lint/report.json'), 'utf8')).toBe('[]')
  })

  it('replaces a file that is there and leaves no temporary file behind', async () => {
    const folder = createTempFolder({ 'report.txt': 'old' })
    await writeFileAtomic(join(folder, 'report.txt'), 'new')
    expect(readFileSync(join(folder, 'report.txt'), 'utf8')).toBe('new')
    expect(readdirSync(folder)).toEqual(['report.txt'])
  })

  it('fails without leaving a temporary file when the path is a folder', async () => {
    const folder = createTempFolder({ 'report/keep.txt': 'x' })
    await expect(writeFileAtomic(join(folder, 'report'), 'new')).rejects.toThrow()
    expect(readdirSync(folder)).toEqual(['report'])
  })

  it('writes a file whose name has 255 characters, the longest a file system takes', async () => {
    const folder = createTempFolder()
    const name = `${'r'.repeat(250)}.json`
    await writeFileAtomic(join(folder, name), '[]')
    expect(readdirSync(folder)).toEqual([name])
  })

  it('removes the temporary files that a killed run left in the folder, and keeps those of a running one', async () => {
    const folder = createTempFolder({ [`.fsflow-${String(deadPid())}-0123abcd.tmp`]: 'half', [`.fsflow-${String(process.pid)}-0123abcd.tmp`]: 'mine' })
    await writeFileAtomic(join(folder, 'report.txt'), 'new')
    expect(readdirSync(folder).sort()).toEqual([`.fsflow-${String(process.pid)}-0123abcd.tmp`, 'report.txt'])
  })

  it('fails when a folder on the way is a file', async () => {
    const folder = createTempFolder()
    writeFileSync(join(folder, 'file'), '')
    await expect(writeFileAtomic(join(folder, 'file/report.json'), '[]')).rejects.toThrow()
  })
})
