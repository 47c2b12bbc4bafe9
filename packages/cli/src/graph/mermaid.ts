import { type DiagramNode, type FlowDiagram, type Legend, arrowsOf, legendOf } from './flow-diagram.js'
import { arrowTextOf, boxTextOf, kindNames, markLegendOf, problemSigns } from './labels.js'
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
const plainCharacter = /[\p{L}\p{N} _.,:/?!'…-]/u

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

function label(node: DiagramNode): string {
  const { title, detail, prompt } = boxTextOf(node)
  const sign = node.problem === undefined ? '' : `${problemSigns[node.problem]} `
  return [`${sign}${mermaidText(title)}`, ...[detail, prompt].filter((line) => line !== undefined).map(mermaidText)].join('<br/>')
}

/** The style of each class of box: problems red and yellow, what is never reached grey and dashed. */
const classStyles = {
  error: 'fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#1f2328',
  warning: 'fill:#fff8c5,stroke:#9a6700,stroke-width:3px,color:#1f2328',
  unreachable: 'fill:#f6f8fa,stroke:#8c959f,stroke-width:2px,stroke-dasharray:5 5,color:#656d76',
  unreachableError: 'fill:#f6f8fa,stroke:#cf222e,stroke-width:3px,stroke-dasharray:5 5,color:#656d76',
  unreachableWarning: 'fill:#f6f8fa,stroke:#9a6700,stroke-width:3px,stroke-dasharray:5 5,color:#656d76',
  missing: 'fill:#ffffff,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5,color:#cf222e',
} as const

type BoxClass = keyof typeof classStyles

/** A box's one class (Mermaid gives no order between two), or none for a plain node. */
function classOf(node: DiagramNode): BoxClass | undefined {
  if (node.missing === true) return 'missing'
  const problem = node.problem === 2 ? 'Error' : node.problem === 1 ? 'Warning' : ''
  if (node.unreachable === true) return `unreachable${problem}`
  return problem === '' ? undefined : problem === 'Error' ? 'error' : 'warning'
}

/** What `renderMermaid` adds to the chart. */
export interface MermaidOptions {
  /** A legend of the kinds and marks shown, beside the flow. */
  legend?: boolean
}

/**
 * A flow diagram as a Mermaid flowchart, top to bottom: one shape per kind of node, outcome ids on
 * the arrows, nodes with errors and warnings filled red and yellow (and marked ✖ and ⚠, for those who
 * do not see colours), nodes never reached grey and dashed, targets that no node has dashed red;
 * several flows each in a subgraph under its title.
 */
export function renderMermaid(diagram: FlowDiagram, options: MermaidOptions = {}): string {
  const lines = ['flowchart TD']
  const box = (node: DiagramNode, indent: string): string => {
    const [open, close] = node.missing === true ? missingShape : shapes[node.kind]
    return `${indent}${node.key}${open}"${label(node)}"${close}`
  }
  if (diagram.groups === undefined) {
    for (const node of diagram.nodes) lines.push(box(node, '  '))
  } else {
    const byKey = new Map(diagram.nodes.map((node) => [node.key, node]))
    diagram.groups.forEach((group, index) => {
      lines.push(`  subgraph g${String(index)}["${mermaidText(arrowTextOf(group.title))}"]`)
      for (const key of group.keys) lines.push(box(byKey.get(key)!, '    '))
      lines.push('  end')
    })
  }
  for (const { from, to, labels } of arrowsOf(diagram)) {
    const text = labels.map((label) => mermaidText(arrowTextOf(label))).join('<br/>')
    lines.push(text === '' ? `  ${from} --> ${to}` : `  ${from} -->|"${text}"| ${to}`)
  }
  const classes = new Map<BoxClass, string[]>()
  const addToClass = (name: BoxClass, key: string): void => {
    const keys = classes.get(name)
    if (keys === undefined) classes.set(name, [key])
    else keys.push(key)
  }
  for (const node of diagram.nodes) {
    const name = classOf(node)
    if (name !== undefined) addToClass(name, node.key)
  }
  const legend = options.legend === true ? legendLines(legendOf(diagram), addToClass) : []
  const styles = [...classes].flatMap(([name, keys]) => [`  classDef ${name} ${classStyles[name]}`, `  class ${keys.join(',')} ${name}`])
  return [...lines, ...legend, ...styles].join('\n')
}

/** The legend as a subgraph in a row: a box of each kind drawn, then one per mark used. */
function legendLines(legend: Legend, addToClass: (name: BoxClass, key: string) => void): string[] {
  const kinds = legend.kinds.map((kind) => {
    const [open, close] = shapes[kind]
    return { key: `legend_${kind.replace('-', '_')}`, box: `${open}"${kindNames[kind].map(mermaidText).join('<br/>')}"${close}` }
  })
  const marks = legend.marks.map((mark) => {
    const [open, close] = mark === 'missing' ? missingShape : ['[', ']']
    const { sign, words } = markLegendOf(mark)
    addToClass(mark, `legend_${mark}`)
    return { key: `legend_${mark}`, box: `${open}"${sign}${mermaidText(words)}"${close}` }
  })
  // Invisible links hold the kinds in one row and the marks in another: unlinked, Mermaid stacks them all.
  const row = (boxes: readonly { key: string }[]): string[] => (boxes.length > 1 ? [`    ${boxes.map(({ key }) => key).join(' ~~~ ')}`] : [])
  return [
    '  subgraph legend["Legend"]',
    '    direction LR',
    ...[...kinds, ...marks].map(({ key, box }) => `    ${key}${box}`),
    ...row(kinds),
    ...row(marks),
    '  end',
  ]
}
