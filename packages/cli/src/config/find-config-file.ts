import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The names a config file may have, in the order they are looked for in a folder (as ESLint looks for eslint.config.*). */
export const configFileNames: readonly string[] = ['fsflow.config.js', 'fsflow.config.mjs', 'fsflow.config.ts', 'fsflow.config.mts', 'fsflow.config.json']

/**
 * The config file that applies in a folder: the first `fsflow.config.*` found in it or a folder above
 * it, looking no higher than the repository's root (the nearest folder with `.git`), or undefined.
 */
export function findConfigFile(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    for (const name of configFileNames) {
      const candidate = join(current, name)
      if (existsSync(candidate)) return candidate
    }
    if (existsSync(join(current, '.git')) || dirname(current) === current) return undefined
  }
}
