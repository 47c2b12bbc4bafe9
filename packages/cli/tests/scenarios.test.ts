// Runs every tests/scenarios/*.scenario: files to create, one fsflow command, and what it must print
// and exit with. A scenario reads as a page of documentation of what a user sees.
//
//   ====test====                       what the scenario shows, in one sentence
//   ====asset:flows/a.flow.json====    a file to create (path relative to the scenario's folder)
//   ====copy:flows/b.flow.json====     a file to create from a file of the repository, named in the body
//   ====link:node_modules/@fsflow/builder====  a symbolic link to a folder of the repository, named in the body
//                                      (packages/builder: installs the builder for .flow.ts modules)
//   ====command====                    fsflow and its arguments ('single' and "double" quotes group)
//   ====status====                     the exit code
//   ====stdout====                     the standard output; {cwd} stands for the scenario's folder
//   ====stderr====                     the standard error; when absent, it must be empty
//
// After a deliberate change of output, FSFLOW_UPDATE_SCENARIOS=1 rewrites each scenario's expected
// status, stdout and stderr with what the command printed; read the diff before committing it.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { binPath, createTempFolder, removeTempFolders, repoRoot, runFsflow } from './helpers.js'

interface Scenario {
  file: string
  test: string
  assets: [string, string][]
  copies: [string, string][]
  links: [string, string][]
  command: string[]
  status: number
  stdout: string
  stderr: string
}

const folder = new URL('scenarios/', import.meta.url)

function parseScenario(file: string, text: string): Scenario {
  const sections = new Map<string, string>()
  const headers = [...text.matchAll(/^====([^=\n]+)====$/gm)]
  headers.forEach((header, index) => {
    const start = header.index + header[0].length + 1
    const end = headers[index + 1]?.index ?? text.length
    sections.set(header[1]!, text.slice(start, end).replace(/\n$/, ''))
  })
  const section = (name: string): string => {
    const body = sections.get(name)
    if (body === undefined) throw new Error(`${file} has no ====${name}==== section`)
    return body
  }
  const named = (prefix: string): [string, string][] =>
    [...sections].filter(([name]) => name.startsWith(prefix)).map(([name, body]) => [name.slice(prefix.length), body])
  const [program, ...args] = splitCommand(section('command'))
  if (program !== 'fsflow') throw new Error(`${file}: the command must start with fsflow`)
  return {
    file,
    test: section('test'),
    assets: named('asset:').map(([path, body]) => [path, `${body}\n`]),
    copies: named('copy:').map(([path, body]) => [path, body.trim()]),
    links: named('link:').map(([path, body]) => [path, body.trim()]),
    command: args,
    status: Number(section('status')),
    stdout: section('stdout'),
    stderr: sections.get('stderr') ?? '',
  }
}

/** Splits a command line as a shell would for plain words and quoted ones, without expansions. */
function splitCommand(line: string): string[] {
  return [...line.trim().matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]!)
}

const scenarios = readdirSync(folder)
  .filter((name) => name.endsWith('.scenario'))
  .sort()
  .map((name) => parseScenario(name, readFileSync(new URL(name, folder), 'utf8')))

beforeAll(() => {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: build first (npx tsc -b)`)
})
afterEach(removeTempFolders)

describe('fsflow scenarios', () => {
  for (const scenario of scenarios) {
    it(`${scenario.test} (${scenario.file})`, () => {
      const cwd = createTempFolder(Object.fromEntries(scenario.assets))
      for (const [path, source] of scenario.copies) {
        mkdirSync(dirname(join(cwd, path)), { recursive: true })
        copyFileSync(join(repoRoot, source), join(cwd, path))
      }
      for (const [path, target] of scenario.links) {
        mkdirSync(dirname(join(cwd, path)), { recursive: true })
        symlinkSync(join(repoRoot, target), join(cwd, path), 'dir')
      }
      const run = runFsflow(scenario.command, cwd)
      const relative = (text: string): string => text.replaceAll(cwd, '{cwd}').replace(/\n$/, '')
      if (process.env.FSFLOW_UPDATE_SCENARIOS === '1') rewriteExpected(scenario.file, run.status, relative(run.stdout), relative(run.stderr))
      expect({ status: run.status, stdout: relative(run.stdout), stderr: relative(run.stderr) }).toEqual({
        status: scenario.status,
        stdout: scenario.stdout,
        stderr: scenario.stderr,
      })
    })
  }
})

/** Writes what a command printed as its scenario's expectation (FSFLOW_UPDATE_SCENARIOS=1). */
function rewriteExpected(file: string, status: number | null, stdout: string, stderr: string): void {
  const text = readFileSync(new URL(file, folder), 'utf8')
  const head = text.slice(0, text.indexOf('====status===='))
  const tail = `====status====\n${String(status)}\n====stdout====\n${stdout}\n${stderr === '' ? '' : `====stderr====\n${stderr}\n`}`
  writeFileSync(new URL(file, folder), head + tail)
}
