import { existsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeFolders } from '../../src/files/make-folders.js'
import { writeFileAtomic } from '../../src/files/write-file-atomic.js'
import { createTempFolder, removeTempFolders } from '../helpers.js'

afterEach(removeTempFolders)

/** Fails a test that would otherwise wait forever, as node's recursive mkdir does under /proc. */
function withinSeconds<T>(seconds: number, promise: Promise<T>): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => {
      reject(new Error(`still waiting after ${String(seconds)} s`))
    }, seconds * 1000)
  })
  return Promise.race([promise, timeout])
}

describe('makeFolders', () => {
  it('makes every missing folder on the way and returns the first one it made', async () => {
    const folder = createTempFolder()
    expect(await makeFolders(join(folder, 'a/b/c'))).toBe(join(folder, 'a'))
    expect(statSync(join(folder, 'a/b/c')).isDirectory()).toBe(true)
  })

  it('makes nothing and returns undefined when the folder is there', async () => {
    const folder = createTempFolder({ 'a/keep.txt': '' })
    expect(await makeFolders(join(folder, 'a'))).toBeUndefined()
  })

  it('fails when a folder on the way is a file', async () => {
    const folder = createTempFolder()
    writeFileSync(join(folder, 'file'), '')
    await expect(makeFolders(join(folder, 'file/a'))).rejects.toMatchObject({ code: 'ENOTDIR' })
  })

  it('fails when a file stands where the folder should be', async () => {
    const folder = createTempFolder({ reports: 'a file' })
    await expect(makeFolders(join(folder, 'reports'))).rejects.toMatchObject({ code: 'EEXIST' })
  })

  it('fails at once under /proc, where node 20 would try for ever', async () => {
    await expect(withinSeconds(5, makeFolders('/proc/fsflow-no-such-process/reports'))).rejects.toMatchObject({ code: 'ENOENT' })
    expect(existsSync('/proc/fsflow-no-such-process')).toBe(false)
  })
})

describe('writeFileAtomic under /proc', () => {
  it('fails at once with the file system error', async () => {
    await expect(withinSeconds(5, writeFileAtomic('/proc/fsflow-no-such-process/flow.svg', '<svg/>'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
