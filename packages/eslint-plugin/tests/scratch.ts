import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root: scratch modules live under it, so that they import the workspace's `@fsflow/builder`. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** A fresh folder for modules a test writes, removed with `remove()`. */
export function scratchFolder(): ScratchFolder {
  const parent = join(repositoryRoot, 'node_modules', '.cache')
  mkdirSync(parent, { recursive: true })
  return folderAt(mkdtempSync(join(parent, 'fsflow-eslint-plugin-')))
}

/**
 * A fresh folder outside any `node_modules`, whose own `node_modules` is the repository's: TypeScript
 * takes files under `node_modules` for a package's, and a project's imports among them are not followed.
 */
export function projectScratchFolder(): ScratchFolder {
  const folder = folderAt(mkdtempSync(join(tmpdir(), 'fsflow-eslint-plugin-')))
  symlinkSync(join(repositoryRoot, 'node_modules'), join(folder.path, 'node_modules'), 'dir')
  return folder
}

interface ScratchFolder {
  readonly path: string
  write(name: string, text: string): string
  remove(): void
}

function folderAt(path: string): ScratchFolder {
  return {
    path,
    write(name, text) {
      const file = join(path, name)
      writeFileSync(file, text)
      return file
    },
    remove() {
      rmSync(path, { recursive: true, force: true })
    },
  }
}
