import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The top folder of the git repository that holds a folder (the nearest with a `.git`, a folder in a
 * clone, a file in a worktree or submodule), else the folder itself: what CI reports are relative to.
 */
export function repositoryRoot(folder: string): string {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current
    if (dirname(current) === current) return folder
  }
}
