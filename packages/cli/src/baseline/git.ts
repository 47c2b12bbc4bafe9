import { execFile } from 'node:child_process'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { ExitError } from '../exit-error.js'

const run = promisify(execFile)

/** Git's output can be a whole tree of flows: far more than execFile's default buffer. */
const maxBuffer = 1024 * 1024 * 1024

async function git(root: string, args: readonly string[], encoding: 'utf8' | 'buffer' = 'utf8'): Promise<string | Buffer> {
  const { stdout } = await run('git', ['-C', root, ...args], { maxBuffer, encoding })
  return stdout
}

function firstLine(error: unknown): string {
  const text = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr) : String(error)
  return text.trim().split('\n')[0] ?? ''
}

/** The top folder of the git work tree that holds `cwd`; exit 2 when there is none. */
export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).toString().trim()
  } catch (error) {
    throw new ExitError(2, `--base compares with a git commit, but '${cwd}' is not in a git repository (${firstLine(error)}).`)
  }
}

/** The commit a ref names (a branch, tag, sha, `HEAD~1`, `origin/main`); exit 2 with what to do when git knows none. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  try {
    return (await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).toString().trim()
  } catch {
    throw new ExitError(
      2,
      `--base '${ref}': git knows no commit, branch or tag of that name here. In a shallow CI checkout, fetch it first (git fetch --depth=1 origin ${ref}).`,
    )
  }
}

/**
 * What each file of the work tree was called at a commit, when git's rename detection says it was
 * renamed (or copied) since: new path to old path, both relative to the root.
 */
export async function renamesSince(root: string, commit: string): Promise<Map<string, string>> {
  const output = (await git(root, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', commit, '--'])).toString()
  const fields = output.split('\0')
  const renamed = new Map<string, string>()
  for (let at = 0; at < fields.length; ) {
    const status = fields[at++] ?? ''
    if (status === '') continue
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[at++]!
      const to = fields[at++]!
      renamed.set(to, from)
    } else {
      at++
    }
  }
  return renamed
}

/** The paths (relative to the root) that exist as files at a commit, among those asked for. */
export async function filesAt(root: string, commit: string, paths: readonly string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set()
  const listed = (await git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit])).toString()
  const wanted = new Set(paths)
  return new Set(listed.split('\0').filter((path) => wanted.has(path)))
}

/**
 * Writes the files of a commit under a folder, without touching the work tree or the index: only
 * the paths asked for, or (`wholeTree`) every file, for modules that import their neighbours. The
 * folder gets a link to the repository's node_modules, so that modules find their packages.
 */
export async function writeCommitFiles(root: string, commit: string, paths: readonly string[], into: string, wholeTree: boolean): Promise<void> {
  await mkdir(into, { recursive: true })
  const wanted = wholeTree ? await allFiles(root, commit) : paths
  const blobs = await readBlobs(root, commit, wanted)
  for (const [path, content] of blobs) {
    await mkdir(dirname(join(into, path)), { recursive: true })
    await writeFile(join(into, path), content)
  }
  if (wholeTree) await symlink(join(root, 'node_modules'), join(into, 'node_modules'), 'dir').catch(() => undefined)
}

async function allFiles(root: string, commit: string): Promise<string[]> {
  return (await git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit])).toString().split('\0').filter(Boolean)
}

/** The contents of files at a commit, in one `git cat-file --batch` process however many there are. */
async function readBlobs(root: string, commit: string, paths: readonly string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>()
  if (paths.length === 0) return blobs
  const child = execFile('git', ['-C', root, 'cat-file', '--batch'], { maxBuffer, encoding: 'buffer' })
  const chunks: Buffer[] = []
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve()
      else reject(new Error(`git cat-file exited ${String(code)}`))
    })
  })
  // A path with a line break cannot be asked for on one line; such a file is left out.
  const asked = paths.filter((path) => !path.includes('\n'))
  child.stdin?.end(asked.map((path) => `${commit}:${path}\n`).join(''))
  await done
  const output = Buffer.concat(chunks)
  let at = 0
  for (const path of asked) {
    const headerEnd = output.indexOf(0x0a, at)
    const header = output.subarray(at, headerEnd).toString()
    at = headerEnd + 1
    if (header.endsWith(' missing')) continue
    const size = Number(header.split(' ')[2])
    if (header.split(' ')[1] === 'blob') blobs.set(path, output.subarray(at, at + size))
    at += size + 1
  }
  return blobs
}
