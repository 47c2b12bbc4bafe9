import { afterEach, describe, expect, it } from 'vitest'
import { createTempFolder, fixture, removeTempFolders, runFsflow } from '../helpers.js'

afterEach(removeTempFolders)

const flow = fixture('dangling-target.flow.json')

/** Whether a run of `fsflow lint --format json` reported dangling-target. */
function reportsDangling(args: string[], cwd: string): boolean {
  const run = runFsflow([...args, '--format', 'json'], cwd)
  return (JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[]).some(({ messages }) => messages.some(({ ruleId }) => ruleId === 'dangling-target'))
}

describe('fsflow.config files', () => {
  it('are found from the working folder upward, and their files patterns make a folder search find login.json', () => {
    const cwd = createTempFolder({ '.git/HEAD': '', 'fsflow.config.json': '[{ "files": ["flows/**/*.json"] }]', 'flows/legacy/login.json': flow, 'flows/notes.txt': '' })
    const run = runFsflow(['lint', '.', '--format', 'json'], `${cwd}/flows`)
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map(({ filePath }) => filePath)).toEqual([`${cwd}/flows/legacy/login.json`])
    expect(run.status).toBe(1)
  })

  it('are not looked for above the repository root', () => {
    const cwd = createTempFolder({ 'fsflow.config.json': '[{ "rules": { "dangling-target": "off" } }]', 'repo/.git/HEAD': '', 'repo/a.flow.json': flow })
    expect(reportsDangling(['lint', 'a.flow.json'], `${cwd}/repo`)).toBe(true)
    expect(reportsDangling(['lint', 'repo/a.flow.json'], cwd)).toBe(false)
  })

  it('exit 2 naming the file, the key path and what was expected', () => {
    const cwd = createTempFolder({ 'fsflow.config.mjs': "export default [{}, {}, { rules: { 'greeting-too-shrt': 'warn' } }]", 'a.flow.json': flow })
    expect(runFsflow(['lint', 'a.flow.json'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'fsflow: fsflow.config.mjs: [2].rules["greeting-too-shrt"]: unknown rule; did you mean "greeting-too-short"?\n',
    })
    const json = createTempFolder({ 'fsflow.config.json': '[{ "files": [3] }', 'a.flow.json': flow })
    expect(runFsflow(['lint', 'a.flow.json'], json).stderr).toMatch(/^fsflow: fsflow\.config\.json: not valid JSON: /)
    const throwing = createTempFolder({ 'fsflow.config.js': "throw new Error('boom')", 'package.json': '{ "type": "module" }', 'a.flow.json': flow })
    expect(runFsflow(['lint', 'a.flow.json'], throwing)).toMatchObject({ status: 2, stderr: 'fsflow: fsflow.config.js: cannot load it: boom\n' })
  })

  it('take --rule flags over them, and --no-config and --config instead of the one found', () => {
    const cwd = createTempFolder({ 'fsflow.config.json': '[{ "rules": { "dangling-target": "off" } }]', 'strict.json': '[]', 'a.flow.json': flow })
    expect(reportsDangling(['lint', 'a.flow.json'], cwd)).toBe(false)
    expect(reportsDangling(['lint', 'a.flow.json', '--rule', 'dangling-target: error'], cwd)).toBe(true)
    expect(reportsDangling(['lint', 'a.flow.json', '--no-config'], cwd)).toBe(true)
    expect(reportsDangling(['lint', 'a.flow.json', '--config', 'strict.json'], cwd)).toBe(true)
    expect(runFsflow(['lint', 'a.flow.json', '--config', 'none.json'], cwd)).toMatchObject({ status: 2, stderr: "fsflow: Cannot find the config file 'none.json'.\n" })
  })

  it('--print-config prints what applies to one file, and exit 2 for an ignored file', () => {
    const cwd = createTempFolder({ 'fsflow.config.json': '[{ "ignores": ["gen/"] }, { "files": ["*.json"], "settings": { "wordsPerMinute": 120 } }]' })
    const run = runFsflow(['lint', '--print-config', 'a.json'], cwd)
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ configFile: 'fsflow.config.json', settings: { wordsPerMinute: 120 }, plugins: [], suppress: [] })
    expect(runFsflow(['lint', '--print-config', 'gen/a.json'], cwd)).toMatchObject({ status: 2, stderr: "fsflow: 'gen/a.json' is ignored by the ignores of fsflow.config.json: no config applies to it.\n" })
  })
})
