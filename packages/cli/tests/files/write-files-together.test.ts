import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import * as fileSystem from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { WriteFailure, writeFilesTogether } from '../../src/files/write-files-together.js'
import { createTempFolder, deadPid, removeTempFolders, treeOf } from '../helpers.js'

afterEach(removeTempFolders)

/** Node's file system, except that the nth rename fails as a full disk would. */
function failingAtRename(n: number): typeof fileSystem {
  let renames = 0
  return {
    ...fileSystem,
    rename: async (from, to) => {
      if (++renames === n) throw Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' })
      await fileSystem.rename(from, to)
    },
  }
}

const twelveFiles = (out: string): { path: string; text: string }[] =>
  Array.from({ length: 12 }, (_, index) => ({ path: join(out, index < 6 ? 'a' : 'b', `f${String(index)}.flow.json`), text: `new ${String(index)}\n` }))

describe('writeFilesTogether', () => {
  it('writes every file, creating its folders, and leaves no staging behind', async () => {
    const out = join(createTempFolder(), 'out')
    await writeFilesTogether(twelveFiles(out))
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(['a', ...[0, 1, 2, 3, 4, 5].map((i) => `a/f${String(i)}.flow.json`), 'b', ...[10, 11, 6, 7, 8, 9].map((i) => `b/f${String(i)}.flow.json`)])
    expect(readFileSync(join(out, 'b/f11.flow.json'), 'utf8')).toBe('new 11\n')
  })

  it('replaces files that are there', async () => {
    const out = createTempFolder({ 'a/f0.flow.json': 'old' })
    await writeFilesTogether(twelveFiles(out))
    expect(readFileSync(join(out, 'a/f0.flow.json'), 'utf8')).toBe('new 0\n')
  })

  it('writes nothing at all when a file stands where a folder of the output should be', async () => {
    const out = createTempFolder({ 'a/f0.flow.json': 'old', 'keep.txt': 'x', b: 'a file, not a folder' })
    const before = treeOf(out)
    const failure = await writeFilesTogether(twelveFiles(out)).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(WriteFailure)
    expect(failure).toMatchObject({ path: join(out, 'b/f6.flow.json'), cause: { code: 'EEXIST' } })
    expect(treeOf(out)).toEqual(before)
  })

  it('writes nothing at all when a folder stands where an output file should be', async () => {
    const out = createTempFolder({ 'b/f11.flow.json/inside.txt': 'x' })
    const before = treeOf(out)
    await expect(writeFilesTogether(twelveFiles(out))).rejects.toMatchObject({ path: join(out, 'b/f11.flow.json') })
    expect(treeOf(out)).toEqual(before)
  })

  it('puts back every file it had moved into place when a later rename fails', async () => {
    const out = createTempFolder({ 'a/f0.flow.json': 'old 0', 'a/f3.flow.json': 'old 3', 'b/f9.flow.json': 'old 9' })
    const before = treeOf(out)
    await expect(writeFilesTogether(twelveFiles(out), failingAtRename(11))).rejects.toMatchObject({ path: join(out, 'b/f10.flow.json'), cause: { code: 'ENOSPC' } })
    expect(treeOf(out)).toEqual(before)
  })

  it('removes the folders it created when it fails', async () => {
    const folder = createTempFolder()
    const before = treeOf(folder)
    await expect(writeFilesTogether(twelveFiles(join(folder, 'dist/flows')), failingAtRename(12))).rejects.toBeInstanceOf(WriteFailure)
    expect(treeOf(folder)).toEqual(before)
  })

  it('writes a file whose name has 255 characters', async () => {
    const out = createTempFolder()
    const name = `${'x'.repeat(245)}.flow.json`
    await writeFilesTogether([{ path: join(out, name), text: '[]\n' }])
    expect(readdirSync(out)).toEqual([name])
  })

  it('removes the staging that a killed run left, and keeps that of a running one', async () => {
    const out = createTempFolder()
    const killed = join(out, `.fsflow-staging-${String(deadPid())}-0123abcd`)
    mkdirSync(killed)
    writeFileSync(join(killed, '0.json'), 'half')
    mkdirSync(join(out, `.fsflow-staging-${String(process.pid)}-0123abcd`))
    await writeFilesTogether([{ path: join(out, 'a.flow.json'), text: '[]\n' }])
    expect(readdirSync(out).sort()).toEqual([`.fsflow-staging-${String(process.pid)}-0123abcd`, 'a.flow.json'])
  })
})
