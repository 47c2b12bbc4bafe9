import { readFileSync } from 'node:fs'

/** This package's version, as its package.json says (read where it runs: src in tests, dist when installed). */
export function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return manifest.version
}
