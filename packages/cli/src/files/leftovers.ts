import { lstat, readdir, rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'

/**
 * What fsflow writes before moving it into place is named for the process that wrote it, and short
 * whatever the target's name (a 255-character name plus a suffix would pass the file-name limit).
 */
const temporaryFile = /^\.fsflow-(\d+)-[0-9a-f]{8}\.tmp$/
const stagingFolder = /^\.fsflow-staging-(\d+)-[0-9a-f]{8}$/

/** A leftover older than this is stale even if its process id is in use again (after a reboot, in another container). */
const staleAfterMs = 60 * 60 * 1000

/** `.fsflow-<pid>-<random>.tmp`: a file written whole, then renamed over its target. */
export function temporaryFileName(): string {
  return `.fsflow-${String(process.pid)}-${randomBytes(4).toString('hex')}.tmp`
}

/** `.fsflow-staging-<pid>-<random>`: a folder holding a build's files until every one of them is written. */
export function stagingFolderName(): string {
  return `.fsflow-staging-${String(process.pid)}-${randomBytes(4).toString('hex')}`
}

/** Removes, in one folder, the temporary files and staging folders that a killed run left behind. */
export async function removeLeftovers(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [])
  for (const name of names) {
    const pid = (temporaryFile.exec(name) ?? stagingFolder.exec(name))?.[1]
    if (pid === undefined || !(await isStale(join(folder, name), Number(pid)))) continue
    await rm(join(folder, name), { recursive: true, force: true })
  }
}

async function isStale(path: string, pid: number): Promise<boolean> {
  if (!isRunning(pid)) return true
  const entry = await lstat(path).catch(() => undefined)
  return entry !== undefined && Date.now() - entry.mtimeMs > staleAfterMs
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists, but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
