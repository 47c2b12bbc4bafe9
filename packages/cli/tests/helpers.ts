// Shared by the tests: temporary folders of real flow files, and running fsflow in or out of process.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRuleSet } from '@fsflow/analyzer'
import type { CommandContext } from '../src/context.js'
import { type LintResult, createLintResult } from '../src/lint-result.js'
import { lintJsonText } from '../src/lint-text.js'

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
export const binPath = fileURLToPath(new URL('../dist/bin.js', import.meta.url))

/** The text of a flow in tests/fixtures. */
export function fixture(name: string): string {
  return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
}

/** The seed flow: a session body with 2 warnings and no error. */
export function seedFlow(): string {
  return readFileSync(join(repoRoot, 'examples/account-recovery.flow.json'), 'utf8')
}

const recommended = createRuleSet()

/** The result of linting a flow's text with the recommended rules, as if it were read from that path. */
export function lintFlowText(filePath: string, text: string): LintResult {
  return createLintResult(filePath, lintJsonText(text, recommended), text)
}

const folders: string[] = []

/** A new folder holding these files (paths relative to it); removed by `removeTempFolders`. */
export function createTempFolder(files: Readonly<Record<string, string>> = {}): string {
  const folder = realpathSync(mkdtempSync(join(tmpdir(), 'fsflow-cli-')))
  folders.push(folder)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true })
    writeFileSync(join(folder, path), text)
  }
  return folder
}

/**
 * A new folder holding these files, with @fsflow/builder installed (linked to this repository's, which
 * must be built), so that its `.flow.ts` modules import it as a user's do.
 */
export function createFlowProject(files: Readonly<Record<string, string>> = {}): string {
  const folder = createTempFolder(files)
  linkBuilder(folder)
  return folder
}

/** Installs this repository's @fsflow/builder in a folder's node_modules, as a symbolic link. */
export function linkBuilder(folder: string): void {
  mkdirSync(join(folder, 'node_modules/@fsflow'), { recursive: true })
  symlinkSync(join(repoRoot, 'packages/builder'), join(folder, 'node_modules/@fsflow/builder'), 'dir')
}

/** The id of a process that has ended, as a killed run's is. */
export function deadPid(): number {
  const ended = spawnSync(process.execPath, ['-e', ''])
  return ended.pid
}

/** Every entry under a folder, dot-files too, with what it holds: the bytes of a file, `folder`, or where a link points. */
export function treeOf(folder: string): Record<string, string> {
  const tree: Record<string, string> = {}
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    tree[path.slice(folder.length + 1)] = entry.isDirectory() ? 'folder' : entry.isSymbolicLink() ? `link to ${readlinkSync(path)}` : readFileSync(path, 'latin1')
  }
  return tree
}

export function removeTempFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
}

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs the built `fsflow` bin as a user would, with no colour settings inherited from this shell. */
export function runFsflow(args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}, nodeArgs: readonly string[] = []): Run {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'FORCE_COLOR' && name !== 'NO_COLOR'))
  const run = spawnSync(process.execPath, [...nodeArgs, binPath, ...args], { cwd, env: { ...inherited, ...env }, encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** A context that keeps what a command writes, for running `main` in process. */
export function captureContext(cwd: string, color = false): { context: CommandContext; stdout: () => string; stderr: () => string } {
  let stdout = ''
  let stderr = ''
  const context: CommandContext = {
    cwd,
    stdout: {
      write: (text) => {
        stdout += text
      },
      color,
    },
    stderr: {
      write: (text) => {
        stderr += text
      },
      color,
    },
  }
  return { context, stdout: () => stdout, stderr: () => stderr }
}
