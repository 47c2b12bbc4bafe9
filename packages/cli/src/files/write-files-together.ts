import type { Stats } from 'node:fs'
import * as nodeFileSystem from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { removeLeftovers, stagingFolderName } from './leftovers.js'
import { makeFolders } from './make-folders.js'

/** A file to write, and its text. */
export interface FileToWrite {
  readonly path: string
  readonly text: string
}

/** The file-system calls the writer makes: node's, or in a test, ones that fail at a chosen step. */
export type WriterFileSystem = Pick<typeof nodeFileSystem, 'copyFile' | 'link' | 'lstat' | 'mkdir' | 'rename' | 'rm' | 'stat' | 'writeFile'>

/** Why the files were not written: the file it failed at and the file system's error; nothing was changed. */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(describe(cause), { cause })
    this.name = 'WriteFailure'
  }
}

/** One file on its way: its staged copy, and where the file it replaces is kept until every file is in place. */
interface Move {
  readonly target: string
  readonly staged: string
  readonly backup: string
  replaced: boolean
}

/**
 * Writes every file or none: each is first written into a staging folder beside it (same folder, so
 * same file system), and only when all are written are they renamed into place, each file they
 * replace kept as a backup until the last rename. On any failure, the files already moved are put
 * back, the folders this call created are removed, and the staging is removed: the folders are left
 * as they were. Throws `WriteFailure`.
 */
export async function writeFilesTogether(files: readonly FileToWrite[], fileSystem: WriterFileSystem = nodeFileSystem): Promise<void> {
  const created: string[] = []
  const stagings = new Map<string, string>()
  const moves: Move[] = []
  const moved: Move[] = []
  let current = files[0]?.path ?? ''
  try {
    for (const [index, file] of files.entries()) {
      current = file.path
      const staging = await stagingFor(dirname(file.path), stagings, created, fileSystem)
      // Short names: the staged file's path must not be longer than its target's.
      const move = { target: file.path, staged: join(staging, `${String(index)}.json`), backup: join(staging, `${String(index)}.backup`), replaced: false }
      await fileSystem.writeFile(move.staged, file.text, { flag: 'wx' })
      if ((await entryAt(move.target, fileSystem))?.isDirectory() === true) throw Object.assign(new Error('it is a folder'), { code: 'EISDIR' })
      moves.push(move)
    }
    for (const move of moves) {
      current = move.target
      await moveIntoPlace(move, fileSystem)
      moved.push(move)
    }
  } catch (error) {
    const unrestored = await putBack(moved, fileSystem)
    await removeAll([...stagings.values(), ...created.reverse()], fileSystem)
    if (unrestored.length > 0) throw new WriteFailure(current, new Error(`${describe(error)}; and could not put back ${unrestored.join(', ')}`))
    throw new WriteFailure(current, error)
  }
  await removeAll([...stagings.values()], fileSystem)
}

/** The staging folder of a target folder, made (with the folder, if missing) the first time it is asked for. */
async function stagingFor(folder: string, stagings: Map<string, string>, created: string[], fileSystem: WriterFileSystem): Promise<string> {
  const known = stagings.get(folder)
  if (known !== undefined) return known
  const first = await makeFolders(folder, fileSystem)
  if (first !== undefined) created.push(first)
  await removeLeftovers(folder)
  const staging = join(folder, stagingFolderName())
  await fileSystem.mkdir(staging)
  stagings.set(folder, staging)
  return staging
}

/** Keeps the file being replaced as a backup (a hard link where the file system allows, else a copy), then renames the staged file over it. */
async function moveIntoPlace(move: Move, fileSystem: WriterFileSystem): Promise<void> {
  if ((await entryAt(move.target, fileSystem)) !== undefined) {
    await fileSystem.link(move.target, move.backup).catch(() => fileSystem.copyFile(move.target, move.backup))
    move.replaced = true
  }
  await fileSystem.rename(move.staged, move.target)
}

/** Undoes the moves, last first: the backup goes back over the new file, or the new file is removed. Returns the files it could not put back. */
async function putBack(moved: readonly Move[], fileSystem: WriterFileSystem): Promise<string[]> {
  const unrestored: string[] = []
  for (const move of [...moved].reverse()) {
    try {
      if (move.replaced) await fileSystem.rename(move.backup, move.target)
      else await fileSystem.rm(move.target, { force: true })
    } catch {
      unrestored.push(move.target)
    }
  }
  return unrestored
}

async function removeAll(paths: readonly string[], fileSystem: WriterFileSystem): Promise<void> {
  for (const path of paths) await fileSystem.rm(path, { recursive: true, force: true }).catch(() => undefined)
}

async function entryAt(path: string, fileSystem: WriterFileSystem): Promise<Stats | undefined> {
  return fileSystem.lstat(path).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  })
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
