import { type RuleSet, compareDiagnostics } from '@fsflow/analyzer'
import type { FoundFile } from '../../files/find-flow-files.js'
import { lintFlowModule } from '../../flow-modules/lint-module.js'
import { type LintResult, createLintResult, toLintMessage } from '../../lint-result.js'
import { failedResult } from '../lint/lint-files.js'
import { type BuildOutput, jsonText, outputPath, withFileNameErrors } from './outputs.js'

/** What building the modules gave: each module's problems, and the JSON of every flow that has no error. */
export interface BuiltFiles {
  readonly results: LintResult[]
  readonly outputs: BuildOutput[]
}

/** Compiles every exported flow of each module, one module after another; one that fails to load does not stop the others. */
export async function buildFiles(files: readonly FoundFile[], ruleSet: RuleSet, outDir: string | undefined): Promise<BuiltFiles> {
  const results: LintResult[] = []
  const outputs: BuildOutput[] = []
  for (const file of files) {
    try {
      const { source, exports } = await lintFlowModule(file.path, ruleSet, { compile: true })
      const messages = exports.flatMap((flowExport) => flowExport.diagnostics).sort(compareDiagnostics).map(toLintMessage)
      results.push(createLintResult(file.path, withFileNameErrors(messages, file.path, exports, source), source))
      for (const { name, document } of exports) {
        if (document !== undefined) outputs.push({ source: file.path, path: outputPath(file, name, outDir), text: jsonText(document) })
      }
    } catch (error) {
      results.push(failedResult(file.path, error))
    }
  }
  return { results, outputs }
}
