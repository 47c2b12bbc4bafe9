import fc from 'fast-check'
import { XMLParser } from 'fast-xml-parser'
import { SyntaxValidator } from 'fast-xml-validator'
import { describe, expect, it } from 'vitest'
import { dotHtmlText, renderDot } from '../../src/graph/dot.js'
import { flowDiagram, groupedDiagram } from '../../src/graph/flow-diagram.js'
import { boxTextOf } from '../../src/graph/labels.js'
import { renderSvg } from '../../src/graph/svg.js'

/** The texts an SVG shows and its tooltips, read back from well-formed XML. */
function shownIn(svg: string): { texts: string[]; tooltips: string[] } {
  SyntaxValidator.validate(svg, { invalidCharSequence: { tagValue: true, attrLt: true } })
  const texts: string[] = []
  const tooltips: string[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    if (typeof value !== 'object' || value === null) return
    for (const [key, child] of Object.entries(value)) {
      if (key === 'text') for (const text of [child].flat() as { '#text'?: string | number }[]) texts.push(String(text['#text'] ?? ''))
      else if (key === '@_xlink:title') tooltips.push(String(child))
      else visit(child)
    }
  }
  visit(new XMLParser({ ignoreAttributes: false, trimValues: false, parseTagValue: false, htmlEntities: true }).parse(svg))
  return { texts, tooltips }
}

const flow = [
  { id: 'start', type: 'start', outcome: 'ask' },
  { id: 'ask', type: 'conversation', prompt: 'Say: Hello!', outcomes: [{ id: 'yes', condition: 'agrees', targetNodeId: 'face' }, { id: 'no', condition: 'refuses', targetNodeId: 'gone' }] },
  { id: 'face', type: 'recognition', outcomes: { recognized: 'code', newUser: 'docs', noFace: 'route' } },
  { id: 'code', type: 'two_factor_sms', outcomes: { verified: 'done' } },
  { id: 'docs', type: 'document_scan', outcomes: { scanSuccess: 'done' } },
  { id: 'route', type: 'field_condition', rules: [], default: 'done' },
  { id: 'done', type: 'end' },
  { id: 'island', type: 'conversation', prompt: 'Say: Nobody comes here.', outcomes: [{ id: 'x', condition: '', targetNodeId: 'done' }] },
]

/** The attribute list of a box or arrow, by what starts its line. */
function lineOf(dot: string, start: string): string {
  const line = dot.split('\n').find((candidate) => candidate.trimStart().startsWith(`${start} `))
  if (line === undefined) throw new Error(`no line starts with ${start}`)
  return line
}

describe('renderDot', () => {
  const dot = renderDot(flowDiagram(flow, new Map([['ask', 2], ['code', 1], ['island', 2]])))

  it('draws a top-to-bottom directed graph', () => {
    expect(dot.split('\n')[0]).toBe('digraph flow {')
    expect(dot).toContain('rankdir=TB')
    expect(dot.endsWith('\n}')).toBe(true)
  })

  it('draws each kind of node in its own shape', () => {
    expect(lineOf(dot, 'n0')).toContain('shape=oval')
    expect(lineOf(dot, 'n1')).toContain('shape=box, style="rounded,filled"')
    expect(lineOf(dot, 'n2')).toContain('shape=box3d')
    expect(lineOf(dot, 'n3')).toContain('shape=hexagon')
    expect(lineOf(dot, 'n4')).toContain('shape=note')
    expect(lineOf(dot, 'n5')).toContain('shape=diamond')
    expect(lineOf(dot, 'n6')).toContain('shape=oval, peripheries=2')
  })

  it('labels a box with its id, its type and the start of its prompt', () => {
    expect(lineOf(dot, 'n1')).toContain('label=<<B>✖ ask</B><BR/><FONT POINT-SIZE="9">conversation</FONT><BR/><I>Say: Hello!</I>>')
  })

  it('labels each arrow with its outcome, and leaves a single outcome unlabelled', () => {
    expect(dot).toContain('  n0 -> n1\n')
    expect(lineOf(dot, 'n1 -> n2')).toContain('label=<yes>')
    expect(lineOf(dot, 'n5 -> n6')).toContain('label=<default>')
  })

  it('outlines nodes with errors in red and nodes with warnings in amber', () => {
    expect(lineOf(dot, 'n1')).toContain('color="#cf222e", penwidth=3')
    expect(lineOf(dot, 'n3')).toContain('color="#bf8700", penwidth=3')
  })

  it('draws a node never reached dashed and grey, with its arrows, and keeps its error outline', () => {
    expect(lineOf(dot, 'n7')).toContain('fillcolor="#f6f8fa", fontcolor="#656d76", color="#8c959f", style="rounded,dashed,filled", color="#cf222e"')
    expect(lineOf(dot, 'n7 -> n6')).toContain('color="#8c959f", style=dashed')
  })

  it('draws a target that no node has as a dashed red box, with a dashed red arrow to it', () => {
    expect(lineOf(dot, 'm8')).toContain('style="dashed,filled"')
    expect(lineOf(dot, 'm8')).toContain('label=<<B>gone</B><BR/><FONT POINT-SIZE="9">no such node</FONT>>')
    expect(lineOf(dot, 'n1 -> m8')).toContain('color="#cf222e", style=dashed')
  })

  it('ends with a legend of each kind drawn and each mark used, held in a column', () => {
    const legend = dot.slice(dot.indexOf('  subgraph cluster_legend {'))
    const boxes = [...legend.matchAll(/^ {4}(legend_\w+) \[/gm)].map((match) => match[1])
    expect(boxes).toEqual(['legend_start', 'legend_conversation', 'legend_video_analysis', 'legend_codes', 'legend_documents', 'legend_routing', 'legend_end', 'legend_error', 'legend_warning', 'legend_unreachable', 'legend_missing'])
    expect(legend).toContain('legend_start -> legend_conversation [style=invis]')
  })

  it('draws the flows of a module each in a cluster under its name', () => {
    const small = [{ id: 'start', type: 'start', outcome: 'done' }, { id: 'done', type: 'end' }]
    const grouped = renderDot(groupedDiagram([{ title: 'default export', diagram: flowDiagram(small) }, { title: 'retry', diagram: flowDiagram(small) }]))
    expect(grouped).toContain('  subgraph cluster_g1 {\n    label=<<B>retry</B>>')
    expect(grouped).toContain('  f1n0 -> f1n1')
  })
})

describe('renderDot on hostile flows', () => {
  const hostile = [
    { id: 'start"] evil [label="x', type: 'start', outcome: '<b>&amp;</b>' },
    { id: '<b>&amp;</b>', type: 'conversation', prompt: 'Line one\nline two\r\n\u001b[31m</I>>', outcomes: [{ id: '"];\n}\ndigraph x {', condition: '', targetNodeId: '\\N\\G' }] },
    { id: '\\N\\G', type: 'end' },
  ]

  it('keeps quotes, markup, line breaks and backslashes inside their labels', () => {
    const lines = renderDot(flowDiagram(hostile)).split('\n')
    expect(lines.filter((line) => /^ {2}n\d/.test(line))).toHaveLength(5)
    expect(lineOf(lines.join('\n'), 'n1')).toContain('label=<<B>&lt;b&gt;&amp;amp;&lt;/b&gt;</B><BR/><FONT POINT-SIZE="9">conversation</FONT><BR/><I>Line one line two ␛[31m&lt;/I&gt;&gt;</I>>')
    expect(lineOf(lines.join('\n'), 'n1 -> n2')).toContain('label=<&quot;]; } digraph x {>')
    expect(lineOf(lines.join('\n'), 'n2')).toContain('label=<<B>\\\\N\\\\G</B>')
  })

  it('lays out into an SVG that shows each id as it was written, in its box and its tooltip', async () => {
    const { texts, tooltips } = shownIn(await renderSvg(flowDiagram(hostile)))
    expect(texts).toEqual(expect.arrayContaining(['start"] evil [label="x', '<b>&amp;</b>', '\\N\\G', 'Line one line two ␛[31m</I>>', '"]; } digraph x {']))
    expect(tooltips).toContain('\\N\\G (end)')
  })

  it('cuts a megabyte-long id to its start and end', () => {
    const id = 'i'.repeat(1_000_000)
    const dot = renderDot(flowDiagram([{ id: 'start', type: 'start', outcome: id }, { id, type: 'end', prompt: 'p'.repeat(1_000_000) }]))
    expect(dot.length).toBeLessThan(5000)
    expect(lineOf(dot, 'n1')).toContain(`<B>${'i'.repeat(32)}…${'i'.repeat(15)}</B>`)
  })

  it('gives Graphviz a graph that shows any id as it was written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), async (id, outcome, prompt) => {
        const document = [
          { id: 'start', type: 'start', outcome: id },
          { id, type: 'conversation', prompt, outcomes: [{ id: outcome, condition: '', targetNodeId: 'end' }] },
          { id: 'end', type: 'end' },
        ]
        const diagram = flowDiagram(document)
        const { texts } = shownIn(await renderSvg(diagram))
        expect(texts).toContain(boxTextOf(diagram.nodes[1]!).title)
      }),
      { numRuns: 60 },
    )
  })
})

describe('dotHtmlText', () => {
  it('turns the characters that HTML-like labels read as markup into entities', () => {
    expect(dotHtmlText('a<b>&"c')).toBe('a&lt;b&gt;&amp;&quot;c')
  })
})
