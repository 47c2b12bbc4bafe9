import { relative, resolve } from 'node:path'
import { loadFlowConfig } from '../../config/load-flow-config.js'
import type { CommandContext, ExitCode } from '../../context.js'
import { ExitError, usageError } from '../../exit-error.js'
import { writeFileAtomic } from '../../files/write-file-atomic.js'
import { renderDot } from '../../graph/dot.js'
import { type FlowDiagram, flowDiagram, groupedDiagram, nodeProblemsOf } from '../../graph/flow-diagram.js'
import { renderMermaid } from '../../graph/mermaid.js'
import type { FlowConfig } from '../../config/flow-config.js'
import { repositoryRoot } from '../../files/repository-root.js'
import { messagesOf } from '../../formatters/markdown/drawings.js'
import { createLintResult } from '../../lint-result.js'
import { findBulkFile } from '../../suppressions/bulk-suppressions.js'
import { suppressProblems } from '../../suppressions/suppress-problems.js'
import { type FileToDraw, type FlowToDraw, flowsToDraw } from './load-flows.js'
import { type GraphFlags, type GraphFormat, graphFormatOf } from './options.js'

/** What `fsflow graph` is asked to do. */
export interface GraphOptions extends GraphFlags {
  /** The file to draw, as typed: one. */
  patterns: readonly string[]
}

/**
 * `fsflow graph`: draws the flow of one file (each flow a module exports, or the one `--export`
 * names) in Mermaid, DOT or SVG, with its problem nodes marked as `fsflow lint` finds them, to the
 * standard output or `--output-file`. Exit 0 when drawn, whatever the flow's problems: the drawing
 * shows them; exit 2 when there is nothing to draw.
 */
export async function graph(options: GraphOptions, context: CommandContext): Promise<ExitCode> {
  const [file, ...others] = options.patterns
  if (file === undefined) throw usageError('No flow to draw: name a flow file, as in fsflow graph flows/recovery.flow.ts.')
  if (others.length > 0) throw usageError(`fsflow graph draws one file; got ${String(options.patterns.length)}: ${options.patterns.join(', ')}.`)
  const format = graphFormatOf(options.format, options.outputFile)
  const config = await loadFlowConfig(options, context.cwd)
  const filePath = resolve(context.cwd, file)
  const drawn = await flowsToDraw({
    filePath,
    shown: relative(context.cwd, filePath) || filePath,
    ruleSet: config.ruleSetFor(filePath),
    exportName: options.export,
    moduleTimeout: options.moduleTimeout,
  })
  const flows = await withoutSuppressed(filePath, drawn, config, options, context)
  const drawing = await render(diagramOf(flows), format)
  const text = drawing.endsWith('\n') ? drawing : `${drawing}\n`
  if (options.outputFile === undefined) context.stdout.write(text)
  else await writeDrawing(resolve(context.cwd, options.outputFile), text, options.outputFile)
  return 0
}

/**
 * The flows with only the problems `fsflow lint` reports: what the config's `suppress` entries, the
 * module's `fsflow-disable` comments and the bulk suppressions file silence is not marked.
 */
async function withoutSuppressed(filePath: string, file: FileToDraw, config: FlowConfig, options: GraphOptions, context: CommandContext): Promise<FlowToDraw[]> {
  const messages = file.flows.flatMap((flow) => flow.messages)
  const linted = createLintResult(filePath, [...messages], file.source)
  const root = config.configFile === undefined ? repositoryRoot(context.cwd) : config.baseFolder
  const bulk = await findBulkFile(options.suppressionsLocation, root, context.cwd, false)
  const { results } = suppressProblems([file.directives.length === 0 ? linted : { ...linted, directives: file.directives }], { config, ...(bulk === undefined ? {} : { bulk }) })
  const reported = results.find((result) => result.filePath === filePath) ?? linted
  // Several flows: each message starts with its export's name, as `fsflow lint` prints it.
  return file.flows.map((flow) => ({ ...flow, messages: messagesOf(reported, { exportName: flow.exportName, document: flow.document }, file.flows.length) }))
}

/** One picture of the flows: a module's several flows side by side, each under its export's name. */
function diagramOf(flows: readonly FlowToDraw[]): FlowDiagram {
  return groupedDiagram(
    flows.map(({ exportName, document, messages }) => ({
      title: exportName === 'default' ? 'default export' : (exportName ?? ''),
      diagram: flowDiagram(document, nodeProblemsOf(messages)),
    })),
  )
}

async function render(diagram: FlowDiagram, format: GraphFormat): Promise<string> {
  if (format === 'mermaid') return renderMermaid(diagram, { legend: true })
  if (format === 'dot') return renderDot(diagram)
  // Graphviz in WebAssembly is loaded only for a picture.
  const { renderSvg } = await import('../../graph/svg.js')
  return renderSvg(diagram)
}

async function writeDrawing(filePath: string, text: string, asTyped: string): Promise<void> {
  try {
    await writeFileAtomic(filePath, text)
  } catch (error) {
    throw new ExitError(2, `Cannot write the drawing to '${asTyped}': ${error instanceof Error ? error.message : String(error)}`)
  }
}
