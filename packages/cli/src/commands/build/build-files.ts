import type { RuleSet } from '@fsflow/analyzer'
import type { FoundFile } from '../../files/find-flow-files.js'
import { lintFlowModule } from '../../flow-modules/lint-module.js'
import { type LintResult, compareMessages, createLintResult } from '../../lint-result.js'
import { failedResult } from '../lint/lint-files.js'
import { type BuildOutput, jsonText, outputPath, withFileNameErrors } from './outputs.js'

/** What building the modules gave: each module's problems, and the JSON of every flow that has no error. */
export interface BuiltFiles {
  readonly results: LintResult[]
  readonly outputs: BuildOutput[]
}

/**
 * Compiles every exported flow of each module, with the rules its config gives it, each module in a
 * worker of its own (as many at once as there are cores); one that does not load, whatever it does, is an error in its file and does not
 * stop the others. Results and outputs keep the order of the files.
 */
export async function buildFiles(files: readonly FoundFile[], ruleSetOf: (filePath: string) => RuleSet, outDir: string | undefined, moduleTimeout?: number): Promise<BuiltFiles> {
  const built = await Promise.all(files.map((file) => buildFile(file, ruleSetOf(file.path), outDir, moduleTimeout)))
  return { results: built.map(({ result }) => result), outputs: built.flatMap(({ outputs }) => outputs) }
}

async function buildFile(file: FoundFile, ruleSet: RuleSet, outDir: string | undefined, moduleTimeout?: number): Promise<{ result: LintResult; outputs: BuildOutput[] }> {
  try {
    const { source, exports, notices, directives } = await lintFlowModule(file.path, ruleSet, { compile: true, timeoutSeconds: moduleTimeout })
    const messages = [...notices, ...exports.flatMap((flowExport) => flowExport.messages).sort(compareMessages)]
    const outputs = exports.flatMap(({ name, document }) =>
      document === undefined ? [] : [{ source: file.path, path: outputPath(file, name, outDir), text: jsonText(document) }],
    )
    const result = createLintResult(file.path, withFileNameErrors(messages, file.path, exports, source), source)
    return { result: directives.length === 0 ? result : { ...result, directives }, outputs }
  } catch (error) {
    return { result: failedResult(file.path, error), outputs: [] }
  }
}
