import { mkdirSync, symlinkSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { type RuleSet, createRule, createRuleSet, defaultSettings } from '@fsflow/analyzer'
import { afterEach, describe, expect, it } from 'vitest'
import { failedResult, lintFile, lintFiles } from '../../../src/commands/lint/lint-files.js'
import { danglingGoto, throwsAtImport } from '../../flow-sources.js'
import { createFlowProject, createTempFolder, fixture, removeTempFolders } from '../../helpers.js'

afterEach(removeTempFolders)

const ruleSet = createRuleSet()

describe('lintFiles', () => {
  it('lints each file and gives the results in the order of the files', async () => {
    const folder = createTempFolder({ 'b.flow.json': fixture('dangling-target.flow.json'), 'a.flow.json': fixture('clean.flow.json') })
    const results = await lintFiles([join(folder, 'b.flow.json'), join(folder, 'a.flow.json')], ruleSet)
    expect(results.map((result) => [result.filePath, result.errorCount])).toEqual([
      [join(folder, 'b.flow.json'), 2],
      [join(folder, 'a.flow.json'), 0],
    ])
  })

  it('keeps the text of a file with problems, for code frames, and not of a file without', async () => {
    const folder = createTempFolder({ 'bad.flow.json': fixture('dangling-target.flow.json'), 'good.flow.json': fixture('clean.flow.json') })
    const [bad, good] = await lintFiles([join(folder, 'bad.flow.json'), join(folder, 'good.flow.json')], ruleSet)
    expect(bad?.source).toBe(fixture('dangling-target.flow.json'))
    expect(good).not.toHaveProperty('source')
  })

  it('keeps the flow of a file with problems, for drawings, and not of a file without', async () => {
    const folder = createTempFolder({ 'bad.flow.json': fixture('dangling-target.flow.json'), 'good.flow.json': fixture('clean.flow.json') })
    const [bad, good] = await lintFiles([join(folder, 'bad.flow.json'), join(folder, 'good.flow.json')], ruleSet)
    expect(bad?.flows).toEqual([{ document: JSON.parse(fixture('dangling-target.flow.json')) as unknown }])
    expect(good).not.toHaveProperty('flows')
  })

  it('keeps no flow for a file that is not JSON', async () => {
    const folder = createTempFolder({ 'broken.flow.json': fixture('malformed.flow.json') })
    expect(await lintFile(join(folder, 'broken.flow.json'), ruleSet)).not.toHaveProperty('flows')
  })

  it('lints many files, however many are read at once', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`f${String(index).padStart(2, '0')}.flow.json`, fixture('clean.flow.json')]))
    const folder = createTempFolder(files)
    const results = await lintFiles(Object.keys(files).map((name) => join(folder, name)), ruleSet)
    expect(results.map((result) => result.filePath)).toEqual(Object.keys(files).map((name) => join(folder, name)))
  })
})

describe('lintFile', () => {
  it('reports a file that cannot be read as one fatal error in that file', async () => {
    const folder = createTempFolder()
    symlinkSync(join(folder, 'missing.flow.json'), join(folder, 'gone.flow.json'))
    expect((await lintFile(join(folder, 'gone.flow.json'), ruleSet)).messages).toEqual([
      { ruleId: null, fatal: true, severity: 2, message: 'Cannot read the file: it does not exist (ENOENT).', line: 1, column: 1, endLine: 1, endColumn: 1, path: '' },
    ])
  })

  it('reports a folder given as a file as a fatal error', async () => {
    const folder = createTempFolder()
    mkdirSync(join(folder, 'odd.flow.json'))
    const result = await lintFile(join(folder, 'odd.flow.json'), ruleSet)
    expect(result).toMatchObject({ errorCount: 1, fatalErrorCount: 1, messages: [{ message: 'Cannot read the file: it is a folder (EISDIR).' }] })
  })

  it('reports a file that is not JSON as one fatal invalid-json error, where the JSON breaks', async () => {
    const folder = createTempFolder({ 'broken.flow.json': fixture('malformed.flow.json') })
    const result = await lintFile(join(folder, 'broken.flow.json'), ruleSet)
    expect(result).toMatchObject({ errorCount: 1, fatalErrorCount: 1, messages: [{ ruleId: 'invalid-json', fatal: true, severity: 2, line: 3, column: 18 }] })
  })

  it('lints a TypeScript flow module, keeping its text for code frames', async () => {
    const folder = createFlowProject({ 'a.flow.ts': danglingGoto })
    const result = await lintFile(join(folder, 'a.flow.ts'), ruleSet)
    expect(result).toMatchObject({ errorCount: 1, fatalErrorCount: 0, source: danglingGoto, messages: [{ ruleId: 'dangling-target', line: 6 }] })
  })

  it('keeps each flow a module with problems exports, under its export name', async () => {
    const folder = createFlowProject({ 'a.flow.ts': danglingGoto })
    const result = await lintFile(join(folder, 'a.flow.ts'), ruleSet)
    expect(result.flows).toEqual([{ exportName: 'default', document: expect.arrayContaining([expect.objectContaining({ id: 'welcome' })]) as unknown }])
  })

  it('reports a module that does not load with its own fatal messages, placed in its text', async () => {
    const folder = createFlowProject({ 'a.flow.ts': throwsAtImport })
    const result = await lintFile(join(folder, 'a.flow.ts'), ruleSet)
    expect(result).toMatchObject({ errorCount: 1, fatalErrorCount: 1, source: throwsAtImport, messages: [{ ruleId: null, fatal: true, line: 3 }] })
  })
})

describe('failedResult', () => {
  /** A 600 MB file that takes no room on the disk: its text is longer than a string can be. */
  const hugeFile = (): string => {
    const path = join(createTempFolder({ 'huge.flow.json': '' }), 'huge.flow.json')
    truncateSync(path, 600_000_000)
    return path
  }

  it('says that a file is too large to read, with its size, when Node cannot make a string of its text', () => {
    const path = hugeFile()
    const error = Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' })
    expect(failedResult(path, error).messages).toMatchObject([{ fatal: true, message: 'Cannot read the file: it is too large to read (600 MB).' }])
  })

  it('says the same of a RangeError "Invalid string length", rather than calling it a bug in fsflow', () => {
    const path = hugeFile()
    expect(failedResult(path, new RangeError('Invalid string length')).messages).toMatchObject([{ message: 'Cannot read the file: it is too large to read (600 MB).' }])
  })
})

describe('a rule that throws', () => {
  const crashing: RuleSet = [
    ...createRuleSet(),
    {
      rule: createRule({
        name: 'house/crashes-on-welcome',
        meta: { type: 'problem', docs: { description: 'Crashes.', recommended: 'error' }, messages: { found: 'Found.' } },
        defaultOptions: {},
        create(context) {
          if (context.model.nodes.some((node) => node.id === 'welcome')) throw new TypeError('cannot read properties of undefined')
        },
      }),
      id: 'house/crashes-on-welcome',
      severity: 2,
      options: {},
      settings: defaultSettings,
    },
  ]

  it('is an error in the file it crashed on, with its rule id; the other files are still linted', async () => {
    const folder = createTempFolder({ 'a.flow.json': fixture('dangling-target.flow.json'), 'b.flow.json': '[{"id": "start", "type": "start", "outcome": "end"}, {"id": "end", "type": "end"}]' })
    const [crashed, linted] = await lintFiles([join(folder, 'a.flow.json'), join(folder, 'b.flow.json')], crashing)
    expect(crashed?.messages).toMatchObject([
      { ruleId: 'house/crashes-on-welcome', fatal: true, severity: 2, message: 'rule "house/crashes-on-welcome" failed: cannot read properties of undefined (a bug in the rule, not in this file)' },
    ])
    expect(linted?.messages).toEqual([])
  })
})
