import type { DiagramNode, FlowDiagram } from './flow-diagram.js'
import type { NodeKind } from './node-kinds.js'

/** Mermaid's brackets for each kind: a reader tells a node's job by its outline. */
const shapes: Readonly<Record<NodeKind, readonly [string, string]>> = {
  start: ['([', '])'],
  end: ['((', '))'],
  conversation: ['[', ']'],
  'video-analysis': ['[[', ']]'],
  codes: ['{{', '}}'],
  documents: ['[/', '/]'],
  routing: ['{', '}'],
  other: ['(', ')'],
}

const missingShape = ['>', ']'] as const

/** Characters of a flow's text kept as they are in a label; every other one becomes an entity code. */
const plainCharacter = /[\p{L}\p{N} _.,:/?!'-]/u

/**
 * Text from a flow, made inert for a quoted Mermaid label: every character that Mermaid, Markdown or
 * HTML could read as syntax (quotes, brackets, pipes, backticks, `#`, `;`, `<`) becomes Mermaid's
 * `#code;` entity, so no id or prompt can close a label, start a link or end the code block.
 */
export function mermaidText(text: string): string {
  let escaped = ''
  for (const character of text.replace(/\s+/gu, ' ')) {
    escaped += plainCharacter.test(character) ? character : `#${character.codePointAt(0)!};`
  }
  return escaped
}

/** How much of a prompt a box shows. */
const promptLength = 40

function shortened(text: string, length: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  if (flat.length <= length) return flat
  // Cut between words when there is a space to cut at, so no word is left half-written.
  const cut = flat.slice(0, length)
  const space = cut.lastIndexOf(' ')
  return (space > length / 2 ? cut.slice(0, space) : cut).trimEnd()
}

const problemMarks = { 2: '✖ ', 1: '⚠ ' } as const

function label(node: DiagramNode): string {
  const mark = node.problem === undefined ? '' : problemMarks[node.problem]
  const lines = [`${mark}${mermaidText(node.id ?? '(no id)')}`]
  if (node.missing === true) lines.push('no such node')
  else if (node.type !== undefined) lines.push(mermaidText(node.type))
  if (node.prompt !== undefined) {
    const prompt = shortened(node.prompt, promptLength)
    lines.push(`${mermaidText(prompt)}${prompt.length < node.prompt.trim().length ? '…' : ''}`)
  }
  return lines.join('<br/>')
}

const classes = [
  'classDef error fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#1f2328',
  'classDef warning fill:#fff8c5,stroke:#9a6700,stroke-width:3px,color:#1f2328',
  'classDef missing fill:#ffffff,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5,color:#cf222e',
]

/**
 * A flow diagram as a Mermaid flowchart, top to bottom: one shape per kind of node, outcome ids on
 * the arrows, nodes with errors and warnings filled red and yellow (and marked ✖ and ⚠, for those who
 * do not see colours), targets that no node has drawn dashed.
 */
export function renderMermaid(diagram: FlowDiagram): string {
  const lines = ['flowchart TD']
  for (const node of diagram.nodes) {
    const [open, close] = node.missing === true ? missingShape : shapes[node.kind]
    lines.push(`  ${node.key}${open}"${label(node)}"${close}`)
  }
  for (const edge of diagram.edges) {
    lines.push(edge.label === '' ? `  ${edge.from} --> ${edge.to}` : `  ${edge.from} -->|"${mermaidText(edge.label)}"| ${edge.to}`)
  }
  const marked = (pick: (node: DiagramNode) => boolean): string[] => diagram.nodes.filter(pick).map((node) => node.key)
  const errors = marked((node) => node.problem === 2)
  const warnings = marked((node) => node.problem === 1)
  const missing = marked((node) => node.missing === true)
  for (const line of classes) lines.push(`  ${line}`)
  if (errors.length > 0) lines.push(`  class ${errors.join(',')} error`)
  if (warnings.length > 0) lines.push(`  class ${warnings.join(',')} warning`)
  if (missing.length > 0) lines.push(`  class ${missing.join(',')} missing`)
  return lines.join('\n')
}
