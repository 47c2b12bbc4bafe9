import { type DiagramNode, type FlowDiagram, type Legend, type NodeMark, arrowsOf, legendOf } from './flow-diagram.js'
import { arrowTextOf, boxTextOf, kindNames, markLegendOf, problemSigns } from './labels.js'
import type { NodeKind } from './node-kinds.js'

/** Each kind's outline and fill: a reader tells a node's job by its shape, and sees it again by its colour. */
const kindStyles: Readonly<Record<NodeKind, string>> = {
  start: 'shape=oval, fillcolor="#dafbe1"',
  end: 'shape=oval, peripheries=2, fillcolor="#eaeef2"',
  conversation: 'shape=box, style="rounded,filled", fillcolor="#ddf4ff"',
  'video-analysis': 'shape=box3d, fillcolor="#fbefff"',
  codes: 'shape=hexagon, fillcolor="#fff1e5"',
  documents: 'shape=note, fillcolor="#d8f3f0"',
  routing: 'shape=diamond, fillcolor="#fff8c5"',
  other: 'shape=octagon, fillcolor="#ffffff"',
}

/** How each mark changes a box; a box that has a problem and is never reached shows both. */
const markStyles: Readonly<Record<NodeMark, string>> = {
  error: 'color="#cf222e", penwidth=3',
  warning: 'color="#bf8700", penwidth=3',
  unreachable: 'fillcolor="#f6f8fa", fontcolor="#656d76", color="#8c959f"',
  missing: 'shape=box, style="dashed,filled", fillcolor="#ffffff", color="#cf222e", fontcolor="#cf222e"',
}

const font = 'Helvetica'

/**
 * Text from a flow, made inert for a Graphviz HTML-like label: `&`, `<`, `>` and `"` become entities,
 * so no id or prompt can close the label or add markup, and a backslash is doubled, so that `\N` is
 * not replaced by the node's name; the text is already on one line and printable.
 */
export function dotHtmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll('\\', '\\\\')
}

/**
 * Text for a quoted DOT attribute (a tooltip). Graphviz reads a backslash there twice, once as DOT
 * and once for `\N`-style names, so each becomes four; a quote is escaped once.
 */
function quoted(text: string): string {
  return `"${text.replaceAll('\\', '\\\\\\\\').replaceAll('"', '\\"')}"`
}

function label(node: DiagramNode): string {
  const { title, detail, prompt } = boxTextOf(node)
  const sign = node.problem === undefined ? '' : `${problemSigns[node.problem]} `
  const lines = [`<B>${dotHtmlText(sign + title)}</B>`]
  if (detail !== undefined) lines.push(`<FONT POINT-SIZE="9">${dotHtmlText(detail)}</FONT>`)
  if (prompt !== undefined) lines.push(`<I>${dotHtmlText(prompt)}</I>`)
  return `<${lines.join('<BR/>')}>`
}

/** A box's attributes: its kind's shape, then its marks over it. */
function attributesOf(node: DiagramNode): string {
  const { title, detail, prompt } = boxTextOf(node)
  const parts = [node.missing === true ? markStyles.missing : kindStyles[node.kind]]
  if (node.unreachable === true) {
    parts.push(markStyles.unreachable)
    // Dashed on top of the kind's own style (rounded for a conversation).
    parts.push(node.kind === 'conversation' ? 'style="rounded,dashed,filled"' : 'style="dashed,filled"')
  }
  if (node.problem !== undefined) parts.push(markStyles[node.problem === 2 ? 'error' : 'warning'])
  parts.push(`label=${label(node)}`, `tooltip=${quoted([detail === undefined ? title : `${title} (${detail})`, ...(prompt === undefined ? [] : [prompt])].join(' · '))}`)
  return parts.join(', ')
}

/**
 * A flow diagram in Graphviz's DOT language, top to bottom: one shape and colour per kind of node,
 * outcome ids on the arrows, nodes with errors and warnings outlined red and amber (and marked ✖ and
 * ⚠), nodes never reached grey and dashed, targets that no node has dashed red; several flows each in
 * a cluster under its title; and a legend of what the picture shows.
 */
export function renderDot(diagram: FlowDiagram): string {
  const lines = [
    'digraph flow {',
    `  graph [rankdir=TB, fontname="${font}", fontsize=12, nodesep=0.35, ranksep=0.45, newrank=true${layoutLimitsFor(diagram.nodes.length)}]`,
    `  node [fontname="${font}", fontsize=11, style=filled, color="#57606a", penwidth=1.2, margin="0.15,0.06"]`,
    `  edge [fontname="${font}", fontsize=9, color="#57606a", fontcolor="#424a53", arrowsize=0.7]`,
  ]
  const byKey = new Map(diagram.nodes.map((node) => [node.key, node]))
  if (diagram.groups === undefined) {
    for (const node of diagram.nodes) lines.push(`  ${node.key} [${attributesOf(node)}]`)
  } else {
    diagram.groups.forEach((group, index) => {
      lines.push(`  subgraph cluster_g${String(index)} {`, `    label=<<B>${dotHtmlText(arrowTextOf(group.title))}</B>>`, '    graph [style=rounded, color="#d0d7de"]')
      for (const key of group.keys) lines.push(`    ${key} [${attributesOf(byKey.get(key)!)}]`)
      lines.push('  }')
    })
  }
  for (const arrow of arrowsOf(diagram)) {
    const attributes = arrow.labels.length === 0 ? [] : [`label=<${arrow.labels.map((text) => dotHtmlText(arrowTextOf(text))).join('<BR/>')}>`]
    if (byKey.get(arrow.to)?.missing === true) attributes.push('color="#cf222e", style=dashed')
    else if (byKey.get(arrow.from)?.unreachable === true) attributes.push('color="#8c959f", style=dashed')
    lines.push(`  ${arrow.from} -> ${arrow.to}${attributes.length === 0 ? '' : ` [${attributes.join(', ')}]`}`)
  }
  return [...lines, ...legendLines(legendOf(diagram)), '}'].join('\n')
}

/** Above this many boxes, nobody reads the picture box by box: Graphviz may lay it out faster and less tidily. */
const largeDiagram = 300

/**
 * Graphviz's search limits for a diagram of this size: none for a flow a person reads box by box;
 * for a large one, one pass of network simplex and a shorter crossing search, which took a
 * 1,003-box flow from 9.0 s to 2.7 s in the SVG layout.
 */
function layoutLimitsFor(boxes: number): string {
  return boxes > largeDiagram ? ', nslimit=1, nslimit1=1, mclimit=0.3' : ''
}

/** The legend: a cluster of one box per kind drawn and per mark used, held in a column by invisible arrows. */
function legendLines(legend: Legend): string[] {
  const boxes = [
    ...legend.kinds.map((kind) => ({ key: `legend_${kind.replace('-', '_')}`, attributes: `${kindStyles[kind]}, label=<${kindNames[kind].map(dotHtmlText).join('<BR/>')}>` })),
    ...legend.marks.map((mark) => {
      const { sign, words } = markLegendOf(mark)
      return { key: `legend_${mark}`, attributes: `${legendMarkStyle(mark)}, label=<${dotHtmlText(sign + words)}>` }
    }),
  ]
  if (boxes.length === 0) return []
  return [
    '  subgraph cluster_legend {',
    '    label=<<B>Legend</B>>',
    '    graph [style=rounded, color="#d0d7de"]',
    `    node [fontsize=9, width=0, height=0, margin="0.08,0.03"]`,
    ...boxes.map(({ key, attributes }) => `    ${key} [${attributes}]`),
    ...boxes.slice(1).map(({ key }, index) => `    ${boxes[index]!.key} -> ${key} [style=invis]`),
    '  }',
  ]
}

function legendMarkStyle(mark: NodeMark): string {
  if (mark === 'missing') return markStyles.missing
  const box = 'shape=box, fillcolor="#ffffff"'
  if (mark === 'unreachable') return `${box}, ${markStyles.unreachable}, style="dashed,filled"`
  return `${box}, ${markStyles[mark]}`
}
