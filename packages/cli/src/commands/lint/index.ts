import { appendFile } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import type { CommandContext, ExitCode } from '../../context.js'
import { ruleById, unknownRuleMessage } from '@fsflow/analyzer'
import { ExitError, usageError } from '../../exit-error.js'
import { type SearchFilter, findFlowFiles } from '../../files/find-flow-files.js'
import { repositoryRoot } from '../../files/repository-root.js'
import { writeFileAtomic } from '../../files/write-file-atomic.js'
import { type FormatterOptions, loadFormatter } from '../../formatters/index.js'
import { type LintResult, createLintResult, withErrorsOnly } from '../../lint-result.js'
import { lintFiles } from './lint-files.js'
import type { BaselineSummary } from '../../baseline/baseline.js'
import type { FlowConfig } from '../../config/flow-config.js'
import { loadFlowConfig } from '../../config/load-flow-config.js'
import type { LintFlags } from './options.js'
import { type ReportTarget, reportTargets } from './report-targets.js'
import { describeCounts, findBulkFile } from '../../suppressions/bulk-suppressions.js'
import { suppressProblems } from '../../suppressions/suppress-problems.js'

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
  const config = await loadFlowConfig(options, context.cwd)
  if (options.printConfig !== undefined) {
    const { printConfig } = await import('../../config/print-config.js')
    context.stdout.write(printConfig(config, options.printConfig, context.cwd))
    return 0
  }
  if (options.patterns.length === 0) throw usageError('No files to lint: name files, folders or globs, as in fsflow lint flows/.')
  checkSuppressionFlags(options, config)
  const targets = reportTargets(options.format, options.outputFile)
  const found = await findFlowFiles(options.patterns, context.cwd, searchFilterOf(config))
  // A bad config for some file is exit 2 before any file is linted.
  const files = found.filter((file) => config.forFile(file) !== undefined)
  const ruleSetFor = (file: string): ReturnType<typeof config.ruleSetFor> => config.ruleSetFor(file)
  let linted = await lintFiles(files, ruleSetFor, { moduleTimeout: options.moduleTimeout })
  linted = await suppress(linted, options, config, context)
  if (options.base !== undefined) {
    const { onlyNewProblems } = await import('../../baseline/baseline.js')
    const compared = await onlyNewProblems(linted, options.base, context.cwd, ruleSetFor, { moduleTimeout: options.moduleTimeout })
    linted = compared.results
    context.stderr.write(baselineNote(compared.summary))
  }
  linted = [...linted, ...found.filter((file) => config.isIgnored(file)).map((file) => ignoredResult(file, config, context.cwd))]
  const results = options.quiet ? linted.map(withErrorsOnly) : linted

  const formatterOptions = {
    cwd: context.cwd,
    color: false,
    repositoryRoot: repositoryRoot(context.cwd),
    rulesRun: config.rulesRun(),
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

/** The suppression step, with the bulk file; writes that file when asked to record or prune, and says what it holds. */
async function suppress(linted: LintResult[], options: LintOptions, config: FlowConfig, context: CommandContext): Promise<LintResult[]> {
  const record = options.suppressAll ? {} : options.suppressRule.length > 0 ? { rules: options.suppressRule } : undefined
  const root = config.configFile === undefined ? repositoryRoot(context.cwd) : config.baseFolder
  const bulkFile = await findBulkFile(options.suppressionsLocation, root, context.cwd, record !== undefined)
  const bulk = bulkFile === undefined ? undefined : { ...bulkFile, ...(record === undefined ? {} : { record }), prune: options.pruneSuppressions }
  const step = suppressProblems(linted, { config, ...(bulk === undefined ? {} : { bulk }) })
  if (step.bulk !== undefined && bulkFile !== undefined) {
    await step.bulk.write(bulkFile.shown)
    context.stderr.write(`fsflow: ${bulkFile.shown} now suppresses ${describeCounts(step.bulk.counts)}.\n`)
  }
  return step.results
}

/** The bulk suppression flags that cannot go together, as in ESLint, and the rules --suppress-rule names. */
function checkSuppressionFlags(options: LintOptions, config: FlowConfig): void {
  const recording = options.suppressAll || options.suppressRule.length > 0
  if (options.suppressAll && options.suppressRule.length > 0) throw usageError("Options '--suppress-all' and '--suppress-rule' cannot be used together.")
  if (recording && options.pruneSuppressions) throw usageError(`Options '--${options.suppressAll ? 'suppress-all' : 'suppress-rule'}' and '--prune-suppressions' cannot be used together.`)
  if ((recording || options.pruneSuppressions) && options.base !== undefined) {
    throw usageError("Option '--base' cannot be used with '--suppress-all', '--suppress-rule' or '--prune-suppressions': they record every error of the files, not only new ones.")
  }
  const plugins = config.plugins()
  for (const ruleId of options.suppressRule) {
    if (ruleById(ruleId, plugins) === undefined) throw usageError(`Invalid --suppress-rule: ${unknownRuleMessage(ruleId, plugins)}.`)
  }
}

/** What the config asks of a folder search: the files its `files` add, less what it ignores. */
export function searchFilterOf(config: FlowConfig): SearchFilter {
  return { ignores: (file) => config.isIgnored(file), ...(config.addsFiles ? { adds: (file: string) => config.isSearched(file) } : {}) }
}

/** A file named outright that the config ignores: a warning, as ESLint gives, and nothing linted. */
function ignoredResult(filePath: string, config: FlowConfig, cwd: string): LintResult {
  const by = config.configFile === undefined ? 'a default ignore (node_modules, .git)' : `an ignore pattern in ${relative(cwd, config.configFile) || config.configFile}`
  const message = `File ignored because of ${by}; lint it with --no-config.`
  return createLintResult(filePath, [{ ruleId: null, severity: 1, message, line: 1, column: 1, endLine: 1, endColumn: 1, path: '' }])
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
