import { describe, expect, it } from 'vitest'
import { fileNameProblem, jsonText, outputName, outputPath, withFileNameErrors } from '../../../src/commands/build/outputs.js'

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

describe('fileNameProblem', () => {
  it('takes a name that can be part of a file name on every system', () => {
    for (const name of ['default', 'retry', 'Ünïcödé', 'with space', 'CON', '...x', '$flow']) expect(fileNameProblem('/p/a.flow.ts', name)).toBeUndefined()
  })

  it('refuses a name holding a path separator, a control character, or what Windows reserves', () => {
    for (const name of ['/../../../../tmp/x', 'a/b', 'a\\b', 'line\nbreak', 'nul\u0000', 'a:b', 'a*b', 'bell\u0007']) {
      expect(fileNameProblem('/p/a.flow.ts', name)).toMatch(/^its name holds /)
    }
  })

  it('refuses an empty name, "." and ".."', () => {
    for (const name of ['', '.', '..']) expect(fileNameProblem('/p/a.flow.ts', name)).toMatch(/cannot be part of a file name$/)
  })

  it('refuses a name whose file name would be over 255 bytes, counting UTF-8', () => {
    expect(fileNameProblem('/p/a.flow.ts', 'x'.repeat(243))).toBeUndefined()
    expect(fileNameProblem('/p/a.flow.ts', 'x'.repeat(244))).toMatch(/256 bytes/)
    expect(fileNameProblem('/p/a.flow.ts', 'é'.repeat(122))).toMatch(/256 bytes/)
  })
})

describe('withFileNameErrors', () => {
  const source = `import { flow } from '@fsflow/builder'\nconst f = flow()\nexport { f as "/../x" }\n`

  it('adds an error at the string that names the export, in the order of the file', () => {
    const warning = { ruleId: 'w', severity: 1 as const, message: 'w', line: 2, column: 1, endLine: 2, endColumn: 2, path: '' }
    expect(withFileNameErrors([warning], '/p/a.flow.ts', [{ name: '/../x' }, { name: 'fine' }], source)).toEqual([
      warning,
      expect.objectContaining({ ruleId: null, severity: 2, line: 3, column: 15, endLine: 3, endColumn: 22 }),
    ])
  })

  it('names the export, escaped', () => {
    const [error] = withFileNameErrors([], '/p/a.flow.ts', [{ name: 'a\nb' }], 'export { f as "a\\nb" }')
    expect(error).toMatchObject({ line: 1, column: 15, endColumn: 21 })
    expect(error?.message.startsWith('export "a\\nb" cannot be built')).toBe(true)
  })
})
