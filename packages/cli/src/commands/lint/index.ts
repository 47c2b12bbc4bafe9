import { resolve } from 'node:path'
import type { CommandContext, ExitCode } from '../../context.js'
import { ExitError, usageError } from '../../exit-error.js'
import { findFlowFiles } from '../../files/find-flow-files.js'
import { writeFileAtomic } from '../../files/write-file-atomic.js'
import { loadFormatter } from '../../formatters/index.js'
import { withErrorsOnly } from '../../lint-result.js'
import { lintFiles } from './lint-files.js'
import type { BaselineSummary } from '../../baseline/baseline.js'
import type { LintFlags } from './options.js'
import { ruleSetOf } from './rule-flag.js'

/** What `fsflow lint` is asked to do. */
export interface LintOptions extends LintFlags {
  /** Files, folders and globs, as typed. */
  patterns: readonly string[]
}

/**
 * `fsflow lint`: lints every flow file that the patterns name and prints one report. Exit 0 when
 * there is no error (and no more warnings than `--max-warnings`), 1 otherwise.
 */
export async function lint(options: LintOptions, context: CommandContext): Promise<ExitCode> {
  if (options.patterns.length === 0) throw usageError('No files to lint: name files, folders or globs, as in fsflow lint flows/.')
  const ruleSet = ruleSetOf(options.rule)
  const files = await findFlowFiles(options.patterns, context.cwd)
  let linted = await lintFiles(files, ruleSet)
  if (options.base !== undefined) {
    const { onlyNewProblems } = await import('../../baseline/baseline.js')
    const compared = await onlyNewProblems(linted, options.base, context.cwd, ruleSet)
    linted = compared.results
    context.stderr.write(baselineNote(compared.summary))
  }
  const results = options.quiet ? linted.map(withErrorsOnly) : linted

  const formatter = await loadFormatter(options.format)
  const toFile = options.outputFile !== undefined
  const report = formatter(results, { cwd: context.cwd, color: !toFile && context.stdout.color })
  const printable = report === '' ? '' : `${report}\n`
  if (options.outputFile === undefined) context.stdout.write(printable)
  else await writeReport(resolve(context.cwd, options.outputFile), printable, options.outputFile)

  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0)
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0)
  if (errorCount > 0) return 1
  if (options.maxWarnings !== undefined && warningCount > options.maxWarnings) {
    context.stderr.write(`fsflow found too many warnings (maximum: ${options.maxWarnings}).\n`)
    return 1
  }
  return 0
}

/** One line on what `--base` kept back, for every format: the report itself stays the same shape. */
function baselineNote({ ref, commit, existing, fixed }: BaselineSummary): string {
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
  return `fsflow: compared with ${ref} (${commit.slice(0, 12)}): ${count(existing, 'existing problem')} not reported; fixes ${count(fixed, 'problem')}.\n`
}

async function writeReport(filePath: string, report: string, asTyped: string): Promise<void> {
  try {
    await writeFileAtomic(filePath, report)
  } catch (error) {
    throw new ExitError(2, `Cannot write the report to '${asTyped}': ${error instanceof Error ? error.message : String(error)}`)
  }
}
