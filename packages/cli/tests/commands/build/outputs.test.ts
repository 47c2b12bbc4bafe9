import { describe, expect, it } from 'vitest'
import { jsonText, outputName, outputPath } from '../../../src/commands/build/outputs.js'

describe('outputName', () => {
  it('names the default export of x.flow.ts x.flow.json, and a named export foo x.foo.flow.json', () => {
    expect(outputName('/flows/kyc.flow.ts', 'default')).toBe('kyc.flow.json')
    expect(outputName('/flows/kyc.flow.ts', 'retry')).toBe('kyc.retry.flow.json')
  })

  it('names the flows of a .flow.mts module the same way', () => {
    expect(outputName('/flows/kyc.flow.mts', 'default')).toBe('kyc.flow.json')
  })

  it('drops the extension of a module named otherwise', () => {
    expect(outputName('/flows/recovery.ts', 'default')).toBe('recovery.flow.json')
  })
})

describe('outputPath', () => {
  it('puts the JSON beside its module without an out dir', () => {
    expect(outputPath({ path: '/p/flows/kyc/a.flow.ts', root: '/p/flows' }, 'default', undefined)).toBe('/p/flows/kyc/a.flow.json')
  })

  it('keeps the place the module has under the folder it was found from, under the out dir', () => {
    expect(outputPath({ path: '/p/flows/kyc/a.flow.ts', root: '/p/flows' }, 'retry', '/p/dist')).toBe('/p/dist/kyc/a.retry.flow.json')
  })

  it('puts a module named outright (found from its own folder) at the top of the out dir', () => {
    expect(outputPath({ path: '/p/flows/kyc/a.flow.ts', root: '/p/flows/kyc' }, 'default', '/p/dist')).toBe('/p/dist/a.flow.json')
  })
})

describe('jsonText', () => {
  it('indents by two spaces, keeps the key order and ends with a newline', () => {
    expect(jsonText([{ id: 'end', type: 'end' }])).toBe('[\n  {\n    "id": "end",\n    "type": "end"\n  }\n]\n')
  })
})
