import { basename, dirname, extname, join, relative } from 'node:path'
import type { FoundFile } from '../../files/find-flow-files.js'
import { flowModuleSuffixes } from '../../loaders/index.js'
import type { LintMessage } from '../../lint-result.js'

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

/** Characters no file name may hold on some system fsflow runs on: path separators, and what Windows reserves. */
const forbiddenCharacters = /[/\\<>:"|?*]/u
// Control characters would make a file name that prints as something else, or not at all.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/u
/** The longest file name, in bytes, that common file systems take. */
const longestFileName = 255

/** Why an exported flow cannot be written to the file named after it, or undefined when it can. */
export function fileNameProblem(sourcePath: string, exportName: string): string | undefined {
  const forbidden = forbiddenCharacters.exec(exportName) ?? controlCharacter.exec(exportName)
  if (forbidden !== null) return `its name holds ${JSON.stringify(forbidden[0])}, which no file name may hold`
  if (exportName === '' || exportName === '.' || exportName === '..') return `${JSON.stringify(exportName)} cannot be part of a file name`
  const bytes = Buffer.byteLength(outputName(sourcePath, exportName))
  if (bytes > longestFileName) return `its file name would be ${String(bytes)} bytes long, more than the ${String(longestFileName)} that file systems take`
  return undefined
}

/**
 * The module's messages, with an error at each export whose name cannot name its JSON file (so that
 * the build writes nothing), in the order of the file.
 */
export function withFileNameErrors(messages: readonly LintMessage[], sourcePath: string, exports: readonly { readonly name: string }[], source: string): LintMessage[] {
  const errors = exports.flatMap(({ name }) => {
    const problem = fileNameProblem(sourcePath, name)
    if (problem === undefined) return []
    const message = `export ${JSON.stringify(name)} cannot be built: ${problem}; export the flow under another name`
    return [{ ruleId: null, severity: 2 as const, message, ...spanOfName(source, name), path: '' }]
  })
  return [...messages, ...errors].sort((a, b) => a.line - b.line || a.column - b.column)
}

/** Where the module names an export: the first string or word that spells it, else the top of the file. */
function spanOfName(source: string, name: string): Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const doubleQuoted = JSON.stringify(name)
  const singleQuoted = `'${doubleQuoted.slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`
  const spellings = [doubleQuoted, singleQuoted, name].filter((spelling) => spelling !== '')
  for (const spelling of spellings) {
    const offset = source.indexOf(spelling)
    if (offset === -1) continue
    const start = positionOf(source, offset)
    const end = positionOf(source, offset + spelling.length)
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }
  }
  return { line: 1, column: 1, endLine: 1, endColumn: 1 }
}

function positionOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: offset - lineStart + 1 }
}
