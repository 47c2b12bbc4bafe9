import { readFile } from 'node:fs/promises'
import { type DisableDirective, type RuleSet, nearestMatch, readFlowModel } from '@fsflow/analyzer'
import { ExitError, usageError } from '../../exit-error.js'
import { ModuleLoadError } from '../../flow-modules/module-load-error.js'
import type { LintMessage } from '../../lint-result.js'
import { lintSource } from '../../lint-text.js'
import { isFlowModule } from '../../loaders/index.js'
import { jsonTextSource } from '../../sources/json-text/index.js'
import { failedResult } from '../lint/lint-files.js'

/** A file's flows to draw, and what the suppression step needs of it: its text and its `fsflow-disable` comments. */
export interface FileToDraw {
  readonly source: string
  readonly directives: readonly DisableDirective[]
  readonly flows: readonly FlowToDraw[]
}

/** A flow to draw: its title in a picture of several, its document as written, and its problems. */
export interface FlowToDraw {
  /** The module export that holds it; undefined for a JSON file. */
  readonly exportName: string | undefined
  readonly document: unknown
  readonly messages: readonly LintMessage[]
}

/** How to find and lint the flows of a file. */
export interface FlowsRequest {
  readonly filePath: string
  /** How the file is named in messages: as typed, relative to the working folder. */
  readonly shown: string
  readonly ruleSet: RuleSet
  /** Only this export of a module. */
  readonly exportName: string | undefined
  readonly moduleTimeout: number
}

/**
 * The flows of one file, each linted with the rule set so that its problem nodes can be marked: the
 * one flow of a JSON file (any of FaceSign's three shapes), or each flow a TypeScript module exports
 * (only `exportName` when given). Exit 2 when there is nothing to draw: the file cannot be read, is
 * not JSON, holds no flow, the module does not load, or has no such export; the message says where.
 */
export async function flowsToDraw(request: FlowsRequest): Promise<FileToDraw> {
  const file = isFlowModule(request.filePath) ? await moduleFlows(request) : await jsonFlow(request)
  for (const flow of file.flows) {
    if (readFlowModel(flow.document).flowPointer === undefined) throw noFlow(request, flow)
  }
  return file
}

async function jsonFlow(request: FlowsRequest): Promise<FileToDraw> {
  if (request.exportName !== undefined) {
    throw usageError(`Option '--export' picks a flow of a TypeScript module; '${request.shown}' is JSON, with one flow.`)
  }
  const text = await readFile(request.filePath, 'utf8').catch((error: unknown) => {
    throw cannotRead(request, error)
  })
  const source = jsonTextSource(text)
  if (source.fatal !== undefined) throw cannotDraw(request, source.fatal)
  return { source: text, directives: [], flows: [{ exportName: undefined, document: source.document, messages: lintSource(source, request.ruleSet) }] }
}

async function moduleFlows(request: FlowsRequest): Promise<FileToDraw> {
  // Workers and the TypeScript loader are imported only for a module: drawing JSON never pays for them.
  const { lintFlowModule } = await import('../../flow-modules/lint-module.js')
  const { source, directives, exports } = await lintFlowModule(request.filePath, request.ruleSet, { timeoutSeconds: request.moduleTimeout }).catch((error: unknown) => {
    if (!(error instanceof ModuleLoadError)) throw cannotRead(request, error)
    // Its first fatal message says why it did not load; warnings about what it printed come before.
    throw cannotDraw(request, error.messages.find((message) => message.fatal === true) ?? error.messages[0]!)
  })
  const flows = exports.map(({ name, compiled, messages }) => ({ exportName: name, document: compiled, messages }))
  if (request.exportName === undefined) return { source, directives, flows }
  const picked = flows.filter((flow) => flow.exportName === request.exportName)
  if (picked.length > 0) return { source, directives, flows: picked }
  const names = exports.map(({ name }) => name)
  const suggestion = nearestMatch(request.exportName, names)
  throw new ExitError(
    2,
    `'${request.shown}' exports no flow named '${request.exportName}'${suggestion === undefined ? '' : `; did you mean '${suggestion}'?`} Its flows: ${names.join(', ')}.`,
  )
}

/** Why a file cannot be drawn, at the place in it that says so. */
function cannotDraw(request: FlowsRequest, message: LintMessage): ExitError {
  return new ExitError(2, `${request.shown}:${String(message.line)}:${String(message.column)}: ${message.message.replace(/\.$/, '')}; nothing to draw.`)
}

/** A file that cannot be read, as `fsflow lint` says it: `Cannot read the file: it does not exist (ENOENT).` */
function cannotRead(request: FlowsRequest, error: unknown): ExitError {
  return new ExitError(2, `${request.shown}: ${failedResult(request.filePath, error).messages[0]!.message}`)
}

/** A document with no flow array: the schema's message about it when there is one. */
function noFlow(request: FlowsRequest, flow: FlowToDraw): ExitError {
  const about = flow.messages.find((message) => message.ruleId === 'invalid-schema' && message.nodeId === undefined)
  const where = flow.exportName === undefined ? '' : ` (export ${flow.exportName})`
  if (about !== undefined) return cannotDraw({ ...request, shown: `${request.shown}${where}` }, about)
  return new ExitError(2, `${request.shown}${where} holds no flow: a bare array of nodes, { "flow": [...] } or a session body; nothing to draw.`)
}
