import { readFile } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import type { CommandContext, ExitCode } from '../../context.js'
import { ExitError, usageError } from '../../exit-error.js'
import { findFiles } from '../../files/find-flow-files.js'
import { WriteFailure, writeFilesTogether } from '../../files/write-files-together.js'
import { loadFormatter } from '../../formatters/index.js'
import { flowModuleSuffixes } from '../../loaders/index.js'
import { loadFlowConfig } from '../../config/load-flow-config.js'
import { buildFiles } from './build-files.js'
import { unsuppressibleInBuild } from '../../flow-modules/lint-module.js'
import { repositoryRoot } from '../../files/repository-root.js'
import { findBulkFile } from '../../suppressions/bulk-suppressions.js'
import { suppressProblems } from '../../suppressions/suppress-problems.js'
import type { BuildFlags } from './options.js'
import type { BuildOutput } from './outputs.js'

/** What `fsflow build` is asked to do. */
export interface BuildOptions extends BuildFlags {
  /** Files and folders (globs too), as typed. */
  patterns: readonly string[]
}

/**
 * `fsflow build`: compiles every flow that the `.flow.ts` modules export to JSON, all or nothing:
 * when any flow has an error, prints the problems and writes nothing (exit 1). With `--check`, writes
 * nothing and exits 1 when a JSON file is missing or differs from what it would write.
 */
export async function build(options: BuildOptions, context: CommandContext): Promise<ExitCode> {
  if (options.patterns.length === 0) throw usageError('No flows to build: name .flow.ts files or folders, as in fsflow build flows/.')
  const config = await loadFlowConfig(options, context.cwd)
  const found = await findFiles(options.patterns, context.cwd, flowModuleSuffixes, { ignores: (file) => config.isIgnored(file) })
  // A module the config ignores is not built, even when named; a bad config for one is exit 2 before any runs.
  const files = found.filter((file) => config.forFile(file.path) !== undefined)
  const json = files.find((file) => file.path.endsWith('.json'))
  if (json !== undefined) {
    throw usageError(`'${shown(context, json.path)}' is JSON already: fsflow build compiles .flow.ts modules (fsflow lint checks JSON).`)
  }
  const outDir = options.outDir === undefined ? undefined : resolve(context.cwd, options.outDir)
  const built = await buildFiles(files, (file) => config.ruleSetFor(file), outDir, options.moduleTimeout)
  const outputs = built.outputs
  // The same suppressions as fsflow lint, except of what would make the build write a flow FaceSign rejects.
  const bulk = await findBulkFile(options.suppressionsLocation, config.configFile === undefined ? repositoryRoot(context.cwd) : config.baseFolder, context.cwd, false)
  const { results } = suppressProblems(built.results, {
    config,
    ...(bulk === undefined ? {} : { bulk }),
    unsuppressible: (message) => message.severity === 2 && message.ruleId !== null && unsuppressibleInBuild.has(message.ruleId),
  })

  const stylish = await loadFormatter('stylish')
  const report = stylish(results, { cwd: context.cwd, color: context.stdout.color })
  if (report !== '') context.stdout.write(`${report}\n`)
  if (results.some((result) => result.errorCount > 0)) {
    context.stderr.write(`fsflow build failed: the flows have errors, so nothing was ${options.check ? 'checked' : 'written'}.\n`)
    return 1
  }
  refuseClashes(outputs, context)
  refuseEscapes(outputs, outDir, context)
  return options.check ? check(outputs, context) : write(outputs, context)
}

/** Two flows written to one file would leave only the last: refuse before writing anything. */
function refuseClashes(outputs: readonly BuildOutput[], context: CommandContext): void {
  const byPath = new Map<string, BuildOutput>()
  for (const output of outputs) {
    const other = byPath.get(output.path)
    if (other !== undefined) {
      throw new ExitError(
        2,
        `'${shown(context, other.source)}' and '${shown(context, output.source)}' would both write '${shown(context, output.path)}'; rename one, or build them to different --out-dir folders.`,
      )
    }
    byPath.set(output.path, output)
  }
}

/** An output is written inside --out-dir, or beside its module: never elsewhere, whatever an export is named. */
function refuseEscapes(outputs: readonly BuildOutput[], outDir: string | undefined, context: CommandContext): void {
  for (const output of outputs) {
    const inside = relative(outDir ?? dirname(output.source), output.path)
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new ExitError(2, `'${shown(context, output.source)}' would write '${output.path}', outside ${outDir === undefined ? 'its folder' : '--out-dir'}; nothing was written.`)
    }
  }
}

/** Writes every file or none; lists them only once all are in place. */
async function write(outputs: readonly BuildOutput[], context: CommandContext): Promise<ExitCode> {
  try {
    await writeFilesTogether(outputs)
  } catch (error) {
    if (!(error instanceof WriteFailure)) throw error
    throw new ExitError(2, `Cannot write '${shown(context, error.path)}': ${error.message}; nothing was written.`)
  }
  for (const output of outputs) context.stdout.write(`${shown(context, output.source)} → ${shown(context, output.path)}\n`)
  return 0
}

/** `--check`: compares each file with what the build would write, byte for byte. */
async function check(outputs: readonly BuildOutput[], context: CommandContext): Promise<ExitCode> {
  let outdated = 0
  for (const output of outputs) {
    const written = await readFile(output.path).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw new ExitError(2, `Cannot read '${shown(context, output.path)}': ${error instanceof Error ? error.message : String(error)}`)
    })
    if (written?.equals(Buffer.from(output.text)) === true) continue
    outdated++
    context.stdout.write(`${written === undefined ? 'missing' : 'stale'}: ${shown(context, output.path)} (from ${shown(context, output.source)})\n`)
  }
  if (outdated > 0) {
    context.stderr.write(`fsflow build --check: ${outdated} of ${plural(outputs.length, 'JSON file')} ${outdated === 1 ? 'is' : 'are'} not what fsflow build writes; run it without --check.\n`)
    return 1
  }
  context.stdout.write(`${plural(outputs.length, 'JSON file')} ${outputs.length === 1 ? 'is' : 'are'} up to date.\n`)
  return 0
}

function shown(context: CommandContext, path: string): string {
  return relative(context.cwd, path) || path
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
