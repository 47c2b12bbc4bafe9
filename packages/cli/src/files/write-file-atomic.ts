import { rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { removeLeftovers, temporaryFileName } from './leftovers.js'
import { makeFolders } from './make-folders.js'

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so that
 * a reader (a CI step uploading the report) never sees half of it. Creates missing folders. The
 * temporary name is short whatever the file's name, and what a killed run left there is removed.
 */
export async function writeFileAtomic(filePath: string, text: string): Promise<void> {
  const folder = dirname(filePath)
  await makeFolders(folder)
  await removeLeftovers(folder)
  const temporary = join(folder, temporaryFileName())
  try {
    await writeFile(temporary, text, { flag: 'wx' })
    await rename(temporary, filePath)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
