import { statSync } from 'node:fs'
import { RuleError, type RuleSet } from '@fsflow/analyzer'
import { ModuleLoadError } from '../../flow-modules/module-load-error.js'
import { type LintResult, createFatalResult, createLintResult, fatalMessage } from '../../lint-result.js'
import { type LoadOptions, loaderFor } from '../../loaders/index.js'

/** The rules to lint a file with: one set for every file, or a set per file (a config's objects apply by file). */
export type RuleSetFor = RuleSet | ((filePath: string) => RuleSet)

/** Files read at once: enough to overlap reading with linting, few enough to never run out of handles. */
const filesInFlight = 8

/**
 * Lints each file, in the order given. A file that cannot be read, or a module that does not load
 * (whatever it does: each runs in a worker of its own), is a fatal error in that file only.
 */
export async function lintFiles(filePaths: readonly string[], ruleSet: RuleSetFor, options: LoadOptions = {}): Promise<LintResult[]> {
  const rulesOf = typeof ruleSet === 'function' ? ruleSet : (): RuleSet => ruleSet
  const results: LintResult[] = new Array<LintResult>(filePaths.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < filePaths.length) {
      const index = next++
      results[index] = await lintFile(filePaths[index]!, rulesOf(filePaths[index]!), options)
    }
  }
  await Promise.all(Array.from({ length: Math.min(filesInFlight, filePaths.length) }, worker))
  return results
}

/** One file's result; never throws, so that one broken file never stops the others. */
export async function lintFile(filePath: string, ruleSet: RuleSet, options: LoadOptions = {}): Promise<LintResult> {
  try {
    const load = await loaderFor(filePath)()
    const { source, messages, notices = [], flows, directives = [] } = await load(filePath, ruleSet, options)
    const result = createLintResult(filePath, [...notices, ...messages], source, flows)
    return directives.length === 0 ? result : { ...result, directives }
  } catch (error) {
    return failedResult(filePath, error)
  }
}

/** The result of a file whose loader threw: the module's own messages when it did not load, else why the file cannot be read. */
export function failedResult(filePath: string, error: unknown): LintResult {
  if (error instanceof ModuleLoadError) return createLintResult(filePath, [...error.messages], error.source)
  // A rule that throws is a bug in that rule: its id is the message's, and the other files are still linted.
  if (error instanceof RuleError) return createLintResult(filePath, [fatalMessage(`${error.message} (a bug in the rule, not in this file)`, undefined, error.ruleId)])
  return createFatalResult(filePath, describeFailure(filePath, error))
}

const readFailures: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ELOOP: 'too many levels of symbolic links',
}

/** What Node throws for a file whose text is longer than a string can be: over 2 GiB, over 512 MiB of text, or a string built from it. */
const tooLargeCodes = new Set(['ERR_FS_FILE_TOO_LARGE', 'ERR_STRING_TOO_LONG'])

function describeFailure(filePath: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
  if ((code !== undefined && tooLargeCodes.has(code)) || (error instanceof RangeError && error.message === 'Invalid string length')) {
    return `Cannot read the file: it is too large to read${sizeOf(filePath)}.`
  }
  if (code !== undefined && Object.hasOwn(readFailures, code)) return `Cannot read the file: ${readFailures[code]!} (${code}).`
  const detail = error instanceof Error ? error.message : String(error)
  if (code !== undefined) return `Cannot read the file: ${detail}`
  return `Cannot lint the file: ${detail}. This is a bug in fsflow; please report it.`
}

/** ` (612 MB)`, or nothing when the file cannot be looked at. */
function sizeOf(filePath: string): string {
  try {
    return ` (${String(Math.round(statSync(filePath).size / 1_000_000))} MB)`
  } catch {
    return ''
  }
}
