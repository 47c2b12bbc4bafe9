import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so that
 * a reader (a CI step uploading the report) never sees half of it. Creates missing folders.
 */
export async function writeFileAtomic(filePath: string, text: string): Promise<void> {
  const folder = dirname(filePath)
  await mkdir(folder, { recursive: true })
  const temporary = join(folder, `.${basename(filePath)}.${String(process.pid)}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, text)
    await rename(temporary, filePath)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
