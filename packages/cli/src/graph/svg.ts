import type { FlowDiagram } from './flow-diagram.js'
import { renderDot } from './dot.js'

type Viz = Awaited<ReturnType<typeof import('@viz-js/viz').instance>>

let viz: Promise<Viz> | undefined

/**
 * A flow diagram as an SVG picture, laid out in this process by Graphviz compiled to WebAssembly
 * (`@viz-js/viz`): no browser, no `dot` binary. Imported on first use only, so that the other
 * commands and formats never load its 1 MB.
 */
export async function renderSvg(diagram: FlowDiagram): Promise<string> {
  viz ??= import('@viz-js/viz').then(({ instance }) => instance())
  return (await viz).renderString(renderDot(diagram), { format: 'svg' })
}
