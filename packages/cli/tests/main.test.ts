import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../src/main.js'
import { captureContext, createTempFolder, fixture, removeTempFolders } from './helpers.js'

afterEach(removeTempFolders)

async function run(args: string[], files: Record<string, string> = {}, color = false) {
  const { context, stdout, stderr } = captureContext(createTempFolder(files), color)
  const code = await main(args, context)
  return { code, stdout: stdout(), stderr: stderr() }
}

describe('fsflow', () => {
  it('prints its help for --help and -h, listing the commands and their options', async () => {
    const help = await run(['--help'])
    expect(help).toMatchObject({ code: 0, stderr: '' })
    expect(help.stdout).toContain('Usage: fsflow <command> [options]')
    expect(help.stdout).toContain('  lint <files|folders|globs...>')
    expect(help.stdout).toContain('--max-warnings <n>')
    expect((await run(['-h'])).stdout).toBe(help.stdout)
  })

  it('lists no command that does not exist yet', async () => {
    const { stdout } = await run(['--help'])
    const commands = stdout.split('Commands:\n')[1]!.split('\n\n')[0]!
    expect(commands.split('\n').map((line) => line.trim().split(' ')[0])).toEqual(['lint', 'build', 'graph', 'import'])
  })

  it("prints a command's own help for <command> --help", async () => {
    const { code, stdout } = await run(['lint', '--help'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('Usage: fsflow lint [options] <files|folders|globs...>')
    const build = await run(['build', '--help'])
    expect(build.stdout.split('\n')[0]).toBe('Usage: fsflow build [options] <files|folders...>')
    expect(build.stdout).toContain('--out-dir <dir>')
  })

  it('prints the version of the package', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' })
  })

  it('exits 2 with a hint to the help when no command is given', async () => {
    expect(await run([])).toEqual({ code: 2, stdout: '', stderr: "fsflow: No command given.\nRun 'fsflow --help' for usage.\n" })
  })

  it('exits 2 for an unknown command', async () => {
    expect(await run(['publish'])).toMatchObject({ code: 2, stderr: "fsflow: Unknown command 'publish'.\nRun 'fsflow --help' for usage.\n" })
  })

  it('names the command a mistyped one most likely means', async () => {
    expect(await run(['lnit', 'flows'])).toMatchObject({ code: 2, stderr: "fsflow: Unknown command 'lnit'; did you mean 'lint'?\nRun 'fsflow --help' for usage.\n" })
  })

  it('names the option a mistyped one most likely means', async () => {
    expect(await run(['lint', '--formt', 'json', '.'])).toMatchObject({ code: 2, stderr: "fsflow: Unknown option '--formt'; did you mean '--format'?\nRun 'fsflow --help' for usage.\n" })
  })

  it('names the rule a mistyped rule id in --rule most likely means', async () => {
    const { code, stderr } = await run(['lint', '--rule', 'dangling-targte: warn', '.'], { 'a.flow.json': '[]' })
    expect(code).toBe(2)
    expect(stderr).toMatch(/^fsflow: Invalid --rule: unknown rule "dangling-targte"; did you mean "dangling-target"\? Known rules: invalid-json, /)
  })

  it('exits 2 for an unknown flag before the command', async () => {
    expect(await run(['--quiet', 'lint', '.'])).toMatchObject({ code: 2, stderr: "fsflow: Unknown option '--quiet'.\nRun 'fsflow --help' for usage.\n" })
  })

  it('turns an unexpected error into one line asking for a report, with exit code 2', async () => {
    const { context, stderr } = captureContext(createTempFolder({ 'a.flow.json': fixture('dangling-target.flow.json') }))
    context.stdout.write = () => {
      throw new Error('disk on fire\n    at somewhere')
    }
    expect(await main(['lint', '.'], context)).toBe(2)
    expect(stderr()).toBe('fsflow: internal error: disk on fire. This is a bug in fsflow; please report it.\n')
  })
})

describe('fsflow lint', () => {
  it('exits 2 with a hint when given no file', async () => {
    expect(await run(['lint'])).toMatchObject({
      code: 2,
      stderr: "fsflow: No files to lint: name files, folders or globs, as in fsflow lint flows/.\nRun 'fsflow --help' for usage.\n",
    })
  })

  it('exits 2 with a hint for a format it does not have', async () => {
    expect((await run(['lint', '--format', 'xml', '.'])).stderr).toBe(
      "fsflow: Option '--format' must be one of stylish, json, sarif, github, markdown, gitlab, junit; got 'xml'.\nRun 'fsflow --help' for usage.\n",
    )
  })

  it('exits 2 for a --max-warnings that is not a number', async () => {
    expect(await run(['lint', '--max-warnings', 'many', '.'])).toMatchObject({ code: 2, stdout: '' })
  })

  it("exits 2 with the analyzer's message for an unknown rule", async () => {
    const { code, stderr } = await run(['lint', '--rule', 'no-such-rule: warn', '.'], { 'a.flow.json': '[]' })
    expect(code).toBe(2)
    expect(stderr).toMatch(/^fsflow: Invalid --rule: unknown rule "no-such-rule"; known rules: invalid-json, /)
  })

  it('exits 2 for options a rule rejects', async () => {
    const { code, stderr } = await run(['lint', '--rule', 'greeting-too-short: ["warn", {"minSeconds": "six"}]', '.'], { 'a.flow.json': '[]' })
    expect(code).toBe(2)
    expect(stderr).toContain('fsflow: Invalid --rule: rule "greeting-too-short": invalid options: minSeconds:')
  })

  it('checks the rules before it looks for files', async () => {
    expect((await run(['lint', '--rule', 'empty-condition: loud', 'missing'])).stderr).toContain('severity must be')
  })

  it('prints the stylish report to the standard output and exits 1 on errors', async () => {
    const { code, stdout, stderr } = await run(['lint', '.'], { 'a.flow.json': fixture('dangling-target.flow.json') })
    expect(code).toBe(1)
    expect(stdout).toMatch(/^a\.flow\.json\n {2}7:51 {2}error/)
    expect(stdout.endsWith('✖ 2 problems (2 errors, 0 warnings)\n')).toBe(true)
    expect(stderr).toBe('')
  })

  it('colours the report when the output wants colour', async () => {
    const { stdout } = await run(['lint', '.'], { 'a.flow.json': fixture('dangling-target.flow.json') }, true)
    expect(stdout).toContain('\u001b[31merror\u001b[39m')
  })
})

describe('fsflow build', () => {
  it('exits 2 with a hint when given no file', async () => {
    expect(await run(['build'])).toMatchObject({
      code: 2,
      stderr: "fsflow: No flows to build: name .flow.ts files or folders, as in fsflow build flows/.\nRun 'fsflow --help' for usage.\n",
    })
  })

  it('exits 2 for a JSON file, which it does not compile', async () => {
    expect((await run(['build', 'a.flow.json'], { 'a.flow.json': '[]' })).stderr).toBe(
      "fsflow: 'a.flow.json' is JSON already: fsflow build compiles .flow.ts modules (fsflow lint checks JSON).\nRun 'fsflow --help' for usage.\n",
    )
  })

  it('exits 2 for a folder that holds no .flow.ts module', async () => {
    expect(await run(['build', 'flows'], { 'flows/a.flow.json': '[]' })).toMatchObject({ code: 2, stderr: "fsflow: No files matching 'flows'.\n" })
  })

  it('exits 2 for a bad --rule before it loads any module', async () => {
    expect((await run(['build', '--rule', 'no-such-rule: warn', 'flows'])).stderr).toMatch(/^fsflow: Invalid --rule: unknown rule "no-such-rule"/)
  })
})
