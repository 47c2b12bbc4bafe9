import { appendFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { CommandContext, ExitCode } from '../../context.js'
import { ExitError, usageError } from '../../exit-error.js'
import { findFlowFiles } from '../../files/find-flow-files.js'
import { repositoryRoot } from '../../files/repository-root.js'
import { writeFileAtomic } from '../../files/write-file-atomic.js'
import { type FormatterOptions, loadFormatter } from '../../formatters/index.js'
import { type LintResult, withErrorsOnly } from '../../lint-result.js'
import { lintFiles } from './lint-files.js'
import type { BaselineSummary } from '../../baseline/baseline.js'
import type { LintFlags } from './options.js'
import { type ReportTarget, reportTargets } from './report-targets.js'
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
  const targets = reportTargets(options.format, options.outputFile)
  const ruleSet = ruleSetOf(options.rule)
  const files = await findFlowFiles(options.patterns, context.cwd)
  let linted = await lintFiles(files, ruleSet, { moduleTimeout: options.moduleTimeout })
  if (options.base !== undefined) {
    const { onlyNewProblems } = await import('../../baseline/baseline.js')
    const compared = await onlyNewProblems(linted, options.base, context.cwd, ruleSet, { moduleTimeout: options.moduleTimeout })
    linted = compared.results
    context.stderr.write(baselineNote(compared.summary))
  }
  const results = options.quiet ? linted.map(withErrorsOnly) : linted

  const formatterOptions = {
    cwd: context.cwd,
    color: false,
    repositoryRoot: repositoryRoot(context.cwd),
    rulesRun: ruleSet.map(({ rule }) => rule.name),
  }
  for (const target of targets) await writeTarget(target, results, formatterOptions, context)
  const summaryFile = context.env?.GITHUB_STEP_SUMMARY
  if (targets.some((target) => target.format === 'github') && summaryFile !== undefined && summaryFile !== '') {
    await writeJobSummary(summaryFile, results, formatterOptions)
  }

  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0)
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0)
  if (errorCount > 0) return 1
  if (options.maxWarnings !== undefined && warningCount > options.maxWarnings) {
    context.stderr.write(`fsflow found too many warnings (maximum: ${options.maxWarnings}).\n`)
    return 1
  }
  return 0
}

/** One report, to its file or to the standard output (coloured only there, and only when it wants colour). */
async function writeTarget(target: ReportTarget, results: LintResult[], options: FormatterOptions, context: CommandContext): Promise<void> {
  const formatter = await loadFormatter(target.format)
  const report = formatter(results, { ...options, color: target.file === undefined && context.stdout.color })
  const printable = report === '' ? '' : `${report}\n`
  if (target.file === undefined) context.stdout.write(printable)
  else await writeReport(resolve(context.cwd, target.file), printable, target.file)
}

/** On GitHub Actions, the Markdown summary added to the job's summary page, as GitHub asks: appended to the file it names. */
async function writeJobSummary(summaryFile: string, results: LintResult[], options: FormatterOptions): Promise<void> {
  const summary = (await loadFormatter('markdown'))(results, options)
  try {
    await appendFile(summaryFile, `${summary}\n`)
  } catch (error) {
    throw new ExitError(2, `Cannot write the job summary to GITHUB_STEP_SUMMARY ('${summaryFile}'): ${error instanceof Error ? error.message : String(error)}`)
  }
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
