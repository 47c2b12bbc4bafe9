import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root: scratch modules live under it, so that they import the workspace's `@fsflow/builder`. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** A fresh folder for modules a test writes, removed with `remove()`. */
export function scratchFolder(): { path: string; write(name: string, text: string): string; remove(): void } {
  const parent = join(repositoryRoot, 'node_modules', '.cache')
  mkdirSync(parent, { recursive: true })
  const path = mkdtempSync(join(parent, 'fsflow-eslint-plugin-'))
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
