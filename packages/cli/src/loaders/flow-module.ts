import { compareMessages } from '../lint-result.js'
import { lintFlowModule } from '../flow-modules/lint-module.js'
import type { FlowLoader } from './index.js'

/**
 * A TypeScript flow module, run in a worker of its own: every flow and session body it exports,
 * linted, each problem at the builder call that made its node. Throws `ModuleLoadError` for a
 * module that does not load.
 */
export const loadFlowModule: FlowLoader = async (filePath, ruleSet, options) => {
  const { source, exports, notices, directives } = await lintFlowModule(filePath, ruleSet, { timeoutSeconds: options?.moduleTimeout })
  return {
    source,
    directives,
    messages: exports.flatMap((flowExport) => flowExport.messages).sort(compareMessages),
    notices,
    flows: exports.map((flowExport) => ({ exportName: flowExport.name, document: flowExport.compiled })),
  }
}
