import { compareDiagnostics } from '@fsflow/analyzer'
import { lintFlowModule } from '../flow-modules/lint-module.js'
import type { FlowLoader } from './index.js'

/**
 * A TypeScript flow module: every flow and session body it exports, linted, each problem at the
 * builder call that made its node. Throws `ModuleLoadError` for a module that does not load.
 */
export const loadFlowModule: FlowLoader = async (filePath, ruleSet) => {
  const { source, exports } = await lintFlowModule(filePath, ruleSet)
  return {
    source,
    diagnostics: exports.flatMap((flowExport) => flowExport.diagnostics).sort(compareDiagnostics),
    flows: exports.map((flowExport) => ({ exportName: flowExport.name, document: flowExport.compiled })),
  }
}
