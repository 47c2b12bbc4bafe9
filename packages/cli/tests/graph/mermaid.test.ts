import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { flowDiagram, groupedDiagram } from '../../src/graph/flow-diagram.js'
import { mermaidText, renderMermaid } from '../../src/graph/mermaid.js'

/** What Mermaid shows for a label: its `#code;` entities read back. */
function shown(text: string): string {
  return text.replace(/#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
}

const flow = [
  { id: 'start', type: 'start', outcome: 'ask' },
  { id: 'ask', type: 'conversation', prompt: 'Say: Hello!', outcomes: [{ id: 'yes', condition: 'agrees', targetNodeId: 'face' }, { id: 'no', condition: 'refuses', targetNodeId: 'gone' }] },
  { id: 'face', type: 'recognition', outcomes: { recognized: 'code', newUser: 'docs', noFace: 'route' } },
  { id: 'code', type: 'two_factor_sms', outcomes: { verified: 'done' } },
  { id: 'docs', type: 'document_scan', outcomes: { scanSuccess: 'done' } },
  { id: 'route', type: 'field_condition', rules: [], default: 'done' },
  { id: 'done', type: 'end' },
]

describe('mermaidText', () => {
  it('leaves letters, digits, spaces and plain punctuation as they are', () => {
    expect(mermaidText("Olá, it's done - 42? Say: a/b")).toBe("Olá, it's done - 42? Say: a/b")
  })

  it('cuts a long prompt between words', () => {
    const drawing = renderMermaid(flowDiagram([{ id: 'a', type: 'conversation', prompt: 'Say: Welcome! Is now a good time to verify your identity?', outcomes: [] }]))
    expect(drawing).toContain('<br/>Say: Welcome! Is now a good time to…"]')
  })

  it('turns every mark of Mermaid, Markdown or HTML syntax into an entity code', () => {
    expect(mermaidText('a"b]c|d`e<f#g;h')).toBe('a#34;b#93;c#124;d#96;e#60;f#35;g#59;h')
  })

  it('shows any text as it was, on one line, with nothing that could end a label or a code block', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 40 })), (text) => {
        const escaped = mermaidText(text)
        expect(escaped).toMatch(/^[\p{L}\p{N} _.,:/?!'#;-]*$/u)
        expect(shown(escaped)).toBe(text.replace(/\s+/gu, ' '))
      }),
    )
  })
})

describe('renderMermaid', () => {
  const drawing = renderMermaid(flowDiagram(flow, new Map([['ask', 2], ['code', 1]])))

  it('draws a top-to-bottom flowchart', () => {
    expect(drawing.split('\n')[0]).toBe('flowchart TD')
  })

  it('draws each kind of node in its own shape', () => {
    expect(drawing).toContain('n0(["start"])')
    expect(drawing).toContain('n2[["face<br/>recognition"]]')
    expect(drawing).toContain('n3{{"⚠ code<br/>two_factor_sms"}}')
    expect(drawing).toContain('n4[/"docs<br/>document_scan"/]')
    expect(drawing).toContain('n5{"route<br/>field_condition"}')
    expect(drawing).toContain('n6(("done<br/>end"))')
  })

  it('shows the start of a prompt under a node', () => {
    expect(drawing).toContain('n1["✖ ask<br/>conversation<br/>Say: Hello!"]')
  })

  it('labels each arrow with its outcome, and leaves a single outcome unlabelled', () => {
    expect(drawing).toContain('  n0 --> n1')
    expect(drawing).toContain('  n1 -->|"yes"| n2')
    expect(drawing).toContain('  n2 -->|"newUser"| n4')
    expect(drawing).toContain('  n5 -->|"default"| n6')
  })

  it('marks nodes with errors and with warnings', () => {
    expect(drawing).toContain('  class n1 error')
    expect(drawing).toContain('  class n3 warning')
  })

  it('greys out a node that the start node never leads to, keeping its problem mark', () => {
    const island = [...flow, { id: 'island', type: 'conversation', prompt: 'Say: Nobody comes here.', outcomes: [{ id: 'x', condition: '', targetNodeId: 'done' }] }]
    const lines = renderMermaid(flowDiagram(island, new Map([['island', 2]]))).split('\n')
    expect(lines).toContain('  class n7 unreachableError')
    expect(lines).toContain('  classDef unreachableError fill:#f6f8fa,stroke:#cf222e,stroke-width:3px,stroke-dasharray:5 5,color:#656d76')
  })

  it('puts every outcome that leads to the same node on one arrow', () => {
    const twice = [
      { id: 'start', type: 'start', outcome: 'face' },
      { id: 'face', type: 'liveness_detection', outcomes: { livenessDetected: 'done', deepfakeDetected: 'done', noFace: 'done' } },
      { id: 'done', type: 'end' },
    ]
    expect(renderMermaid(flowDiagram(twice))).toContain('  n1 -->|"livenessDetected<br/>deepfakeDetected<br/>noFace"| n2')
  })

  it('adds a legend of the kinds and marks it shows, when asked', () => {
    const lines = renderMermaid(flowDiagram(flow, new Map([['ask', 2]])), { legend: true }).split('\n')
    const legend = lines.slice(lines.indexOf('  subgraph legend["Legend"]'), lines.indexOf('  end') + 1)
    expect(legend.map((line) => line.trim().split(/[[({>]/)[0])).toEqual([
      'subgraph legend',
      'direction LR',
      'legend_start',
      'legend_conversation',
      'legend_video_analysis',
      'legend_codes',
      'legend_documents',
      'legend_routing',
      'legend_end',
      'legend_error',
      'legend_missing',
      'legend_start ~~~ legend_conversation ~~~ legend_video_analysis ~~~ legend_codes ~~~ legend_documents ~~~ legend_routing ~~~ legend_end',
      'legend_error ~~~ legend_missing',
      'end',
    ])
    expect(lines).toContain('  class n1,legend_error error')
  })

  it('has no legend unless asked', () => {
    expect(drawing).not.toContain('legend')
  })

  it('draws the flows of a module each in a subgraph under its name', () => {
    const small = (end: string): unknown => [{ id: 'start', type: 'start', outcome: end }, { id: end, type: 'end' }]
    const lines = renderMermaid(groupedDiagram([{ title: 'default export', diagram: flowDiagram(small('done')) }, { title: 'retry', diagram: flowDiagram(small('done')) }])).split('\n')
    expect(lines.slice(1, 9)).toEqual([
      '  subgraph g0["default export"]',
      '    f0n0(["start"])',
      '    f0n1(("done<br/>end"))',
      '  end',
      '  subgraph g1["retry"]',
      '    f1n0(["start"])',
      '    f1n1(("done<br/>end"))',
      '  end',
    ])
    expect(lines).toContain('  f1n0 --> f1n1')
  })

  it('cuts a megabyte-long id to its start and end', () => {
    const id = `${'a'.repeat(500_000)}${'z'.repeat(500_000)}`
    const drawing = renderMermaid(flowDiagram([{ id: 'start', type: 'start', outcome: id }, { id, type: 'end' }]))
    expect(drawing.length).toBeLessThan(1000)
    expect(drawing).toContain(`n1(("${'a'.repeat(32)}…${'z'.repeat(15)}<br/>end"))`)
  })

  it('draws a target that no node has as a dashed box the outcome points to', () => {
    expect(drawing).toContain('m7>"gone<br/>no such node"]')
    expect(drawing).toContain('  n1 -->|"no"| m7')
    expect(drawing).toContain('  class m7 missing')
  })

  it('draws a flow that is not a list of nodes as an empty chart', () => {
    expect(renderMermaid(flowDiagram('not a flow')).split('\n').filter((line) => /^ {2}[nm]\d/.test(line))).toEqual([])
  })

  it('keeps hostile ids and prompts inside their labels', () => {
    const hostile = [
      { id: 'start"]) --> x[("pwned', type: 'start', outcome: '```\n</details>' },
      { id: '```\n</details>', type: 'conversation', prompt: '| a | b |\n## [link](javascript:alert(1)) <img src=x>', outcomes: [] },
    ]
    const lines = renderMermaid(flowDiagram(hostile)).split('\n')
    expect(lines.slice(1, 3)).toEqual([
      '  n0(["start#34;#93;#41; --#62; x#91;#40;#34;pwned<br/>start"])',
      '  n1["#96;#96;#96; #60;/details#62;<br/>conversation<br/>#124; a #124; b #124; #35;#35; #91;link#93;#40;javascript:alert#40;1#41;#41;…"]',
    ])
  })
})
