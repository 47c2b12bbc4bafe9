import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { compile } from '@fsflow/builder'
import { transformSync } from 'esbuild'

/** A folder beside the tests, so that the generated modules' `@fsflow/builder` resolves to this repository's. */
const folder = fileURLToPath(new URL('../../../../node_modules/.cache/fsflow-import-tests/', import.meta.url))
let count = 0

/**
 * Runs a generated `.flow.ts` module in this process, as written (compiled to JavaScript by esbuild,
 * its types stripped), and gives what its default export builds to, unchecked.
 */
export async function buildModule(source: string): Promise<unknown> {
  mkdirSync(folder, { recursive: true })
  const file = `${folder}imported-${process.pid}-${++count}.mjs`
  writeFileSync(file, transformSync(source, { loader: 'ts', format: 'esm' }).code)
  let exports: { default?: unknown }
  try {
    exports = (await import(pathToFileURL(file).href)) as { default?: unknown }
  } finally {
    rmSync(file, { force: true })
  }
  return compile(exports.default, { check: false })
}
