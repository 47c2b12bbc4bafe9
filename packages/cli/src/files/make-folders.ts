import * as nodeFileSystem from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

/** The file-system calls that making folders needs: node's, or in a test, ones that fail at a chosen step. */
export type FolderMaker = Pick<typeof nodeFileSystem, 'mkdir' | 'stat'>

/**
 * Makes a folder and the folders above it that are missing, as `mkdir -p` does, and returns the
 * first folder it made (undefined when the folder was there). Not node's `mkdir({ recursive: true })`:
 * on Node 20 that loops forever where a folder's parent exists but cannot hold folders (`/proc/x/y`);
 * here each folder is made once, on the way down, so such a place fails with the file system's error.
 */
export async function makeFolders(folder: string, fileSystem: FolderMaker = nodeFileSystem): Promise<string | undefined> {
  const missing: string[] = []
  let current = resolve(folder)
  let first: string | undefined
  // Up from the folder, until one is there or could be made: the ones passed are missing.
  for (;;) {
    const made = await makeFolder(current, fileSystem)
    if (made === 'made') first = current
    if (made !== 'no-parent') break
    const parent = dirname(current)
    if (parent === current) break
    missing.push(current)
    current = parent
  }
  for (const path of missing.reverse()) {
    // Its parent is there now, so its error (ENOENT where the place cannot hold folders) is the answer.
    if ((await makeFolder(path, fileSystem, true)) === 'made') first ??= path
  }
  return first
}

/** Makes one folder: `made`, `there` when it is, `no-parent` when its parent is missing (unless it must be there). */
async function makeFolder(path: string, fileSystem: FolderMaker, parentIsThere = false): Promise<'made' | 'there' | 'no-parent'> {
  try {
    await fileSystem.mkdir(path)
    return 'made'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // A file by that name is the error mkdir gave (EEXIST), as `mkdir -p` reports it.
    if (code === 'EEXIST' && (await fileSystem.stat(path)).isDirectory()) return 'there'
    if (code === 'ENOENT' && !parentIsThere) return 'no-parent'
    throw error
  }
}
