import { basename, dirname, extname, join, relative } from 'node:path'
import type { FoundFile } from '../../files/find-flow-files.js'
import { flowModuleSuffixes } from '../../loaders/index.js'

/** The JSON file an exported flow is written to: `x.flow.json` for the default export of `x.flow.ts`, `x.foo.flow.json` for `foo`. */
export function outputName(sourcePath: string, exportName: string): string {
  const file = basename(sourcePath)
  const suffix = flowModuleSuffixes.find((candidate) => file.endsWith(candidate)) ?? extname(file)
  const stem = file.slice(0, file.length - suffix.length)
  return exportName === 'default' ? `${stem}.flow.json` : `${stem}.${exportName}.flow.json`
}

/**
 * Where an exported flow's JSON goes: beside its source; or, with an out dir, under it at the place
 * the source has under the folder it was found from (a file named outright: at the top).
 */
export function outputPath(file: FoundFile, exportName: string, outDir: string | undefined): string {
  const name = outputName(file.path, exportName)
  return outDir === undefined ? join(dirname(file.path), name) : join(outDir, relative(file.root, dirname(file.path)), name)
}

/** A JSON file the build writes, and the module it comes from. */
export interface BuildOutput {
  readonly source: string
  readonly path: string
  readonly text: string
}

/** A document as the build writes it: two-space indent, the builder's key order, a final newline. */
export function jsonText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`
}
