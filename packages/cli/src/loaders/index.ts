import { extname } from 'node:path'
import type { DisableDirective, RuleSet } from '@fsflow/analyzer'
import type { LintMessage, LintedFlow } from '../lint-result.js'

/** A flow file, read and linted: its text (for code frames), its problems placed in that text, and its flows (for drawings). */
export interface LoadedFlow {
  source: string
  /** Its problems, placed and in the order of the file. */
  messages: LintMessage[]
  /** Messages about the file itself rather than its flow (a module that printed), shown before the rules'. */
  notices?: readonly LintMessage[]
  /** Given only when there are problems to draw. */
  flows?: readonly LintedFlow[]
  /** A module's `fsflow-disable` comments. */
  directives?: readonly DisableDirective[]
}

/** How to load flow files. */
export interface LoadOptions {
  /** How many seconds a TypeScript module may take to load. */
  moduleTimeout?: number
}

/** Reads one flow file and lints it with a rule set. Throws when the file cannot be read or loaded. */
export type FlowLoader = (filePath: string, ruleSet: RuleSet, options?: LoadOptions) => Promise<LoadedFlow>

/**
 * The loader of each kind of flow file, by the name suffix that folders are searched for. A loader is
 * imported only when a file needs it, so that linting JSON never loads a TypeScript toolchain.
 */
export const loaders: Readonly<Record<string, () => Promise<FlowLoader>>> = {
  '.flow.json': async () => (await import('./json.js')).loadJsonFlow,
  '.flow.ts': async () => (await import('./flow-module.js')).loadFlowModule,
  '.flow.mts': async () => (await import('./flow-module.js')).loadFlowModule,
}

/** What a folder is searched for. */
export const flowFileSuffixes: readonly string[] = Object.keys(loaders)

/** The flow files that are TypeScript modules: what `fsflow build` compiles. */
export const flowModuleSuffixes: readonly string[] = ['.flow.ts', '.flow.mts']

const defaultSuffix = '.flow.json'

/**
 * The loader for a file: by its suffix; for a file named otherwise (given by name, or matched by a
 * glob), by its extension (`x.json` is JSON); JSON when nothing matches.
 */
export function loaderFor(filePath: string): () => Promise<FlowLoader> {
  return loaders[loaderSuffixOf(filePath)]!
}

/** Whether a file is loaded as a TypeScript module, as `loaderFor` decides. */
export function isFlowModule(filePath: string): boolean {
  return flowModuleSuffixes.includes(loaderSuffixOf(filePath))
}

function loaderSuffixOf(filePath: string): string {
  return (
    flowFileSuffixes.find((candidate) => filePath.endsWith(candidate)) ??
    flowFileSuffixes.find((candidate) => extname(filePath) === extname(candidate)) ??
    defaultSuffix
  )
}
