import { access } from 'node:fs/promises'
import { basename, dirname, relative, resolve } from 'node:path'
import type { CommandContext, ExitCode } from '../../context.js'
import { ExitError, usageError } from '../../exit-error.js'
import { writeFileAtomic } from '../../files/write-file-atomic.js'
import { formatModule } from '../../import/format-module.js'
import { ImportError, importFlow } from '../../import/import-flow.js'
import { locatePointers, parseJsonText } from '../../sources/json-text/index.js'
import { checkRoundTrip } from './check-round-trip.js'
import type { ImportFlags } from './options.js'
import { readFile } from 'node:fs/promises'

/** What `fsflow import` is asked to do. */
export interface ImportOptions extends ImportFlags {
  /** The JSON flow files, as typed. */
  files: readonly string[]
}

/**
 * `fsflow import`: turns JSON flow files into `.flow.ts` modules of builder code, each checked to
 * build back to the same document before it is written (whole, never half). A file that cannot be
 * imported is reported with where and why, and the others are still imported (exit 2 at the end).
 */
export async function importFlows(options: ImportOptions, context: CommandContext): Promise<ExitCode> {
  const { files, outputFile, outDir } = options
  if (files.length === 0) throw usageError('No flow files to import: name a JSON flow file, as in fsflow import flow.json.')
  if (outputFile !== undefined && outDir !== undefined) throw usageError('Give --output-file or --out-dir, not both.')
  if (files.length > 1 && outDir === undefined) throw usageError('Several flow files are imported into a folder: add --out-dir <dir>.')
  const targets = new Set<string>()
  let failed = 0
  for (const file of files) {
    const target = outputFile !== undefined ? resolve(context.cwd, outputFile) : outDir === undefined ? undefined : resolve(context.cwd, outDir, moduleName(file))
    const problem = target !== undefined && targets.has(target) ? `${file}: another file given is imported to '${shown(context, target)}' already; import it on its own with --output-file.` : await importOne(file, target, options, context)
    if (target !== undefined) targets.add(target)
    if (problem === undefined) continue
    context.stderr.write(`${problem}\n`)
    failed++
  }
  if (failed === 0) return 0
  context.stderr.write(`fsflow import: ${failed} of ${files.length} ${files.length === 1 ? 'file was' : 'files were'} not imported.\n`)
  return 2
}

/** Imports one file; what went wrong, with where, or undefined when it was written. */
async function importOne(file: string, target: string | undefined, options: ImportOptions, context: CommandContext): Promise<string | undefined> {
  const path = resolve(context.cwd, file)
  const name = shown(context, path)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    return `Cannot read '${name}': ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`
  }
  const parsed = parseJsonText(text)
  if (!parsed.ok) return `${name}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`
  let code: string
  try {
    code = await formatted(importFlow(parsed.value))
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    const [span] = locatePointers(text, [error.path])
    return `${name}:${span?.line ?? 1}:${span?.column ?? 1}: ${error.message}`
  }
  if (target !== undefined && !options.force && (await exists(target))) {
    return `'${shown(context, target)}' exists already: fsflow import leaves it as it is; add --force to overwrite it.`
  }
  const problem = await checkRoundTrip(target === undefined ? context.cwd : dirname(target), code, parsed.value, options.moduleTimeout)
  if (problem !== undefined) return `${name}: the module for it could not be checked to build back to the same document, so it was not written: ${problem}`
  if (target === undefined) {
    context.stdout.write(code)
    return undefined
  }
  try {
    await writeFileAtomic(target, code)
  } catch (error) {
    return `Cannot write '${shown(context, target)}': ${(error as Error).message}`
  }
  context.stdout.write(`${name} → ${shown(context, target)}\n`)
  return undefined
}

/** The code, formatted; ts-morph, which formats it, is an optional peer dependency. */
async function formatted(code: string): Promise<string> {
  try {
    return await formatModule(code)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND' && (error as Error).message.includes("'ts-morph'")) {
      throw new ExitError(2, 'fsflow import formats the code it writes with ts-morph, an optional peer dependency: install it (npm install --save-dev ts-morph).')
    }
    throw error
  }
}

/** `login.json` and `login.flow.json` give `login.flow.ts`. */
function moduleName(file: string): string {
  return `${basename(file).replace(/(\.flow)?\.json$/i, '')}.flow.ts`
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}

function shown(context: CommandContext, path: string): string {
  return relative(context.cwd, path) || path
}
