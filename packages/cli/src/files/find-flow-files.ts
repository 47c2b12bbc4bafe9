import { lstat, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { ExitError } from '../exit-error.js'
import { flowFileSuffixes } from '../loaders/index.js'

/** Folders that a search never enters unless a glob names them: installed packages and build output. */
const skippedFolders = ['node_modules', 'dist']

/** A file found, and the folder it was found from: the folder named, the fixed part of the glob, or its own folder. */
export interface FoundFile {
  readonly path: string
  readonly root: string
}

/**
 * The files that paths, folders and globs name, absolute, each once, sorted. A file named outright is
 * linted whatever its name; a folder is searched for flow files; a glob keeps what it matches. Neither
 * goes into node_modules or dist, unless the glob names them. A path that matches nothing means the
 * command cannot do what was asked: exit 2.
 */
export async function findFlowFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  return (await findFiles(patterns, cwd, flowFileSuffixes)).map((file) => file.path)
}

/**
 * As `findFlowFiles`, searching folders for names with these suffixes, and keeping for each file the
 * folder it was found from (the first, when several patterns find it).
 */
export async function findFiles(patterns: readonly string[], cwd: string, suffixes: readonly string[]): Promise<FoundFile[]> {
  const found = new Map<string, string>()
  const unmatched: string[] = []
  for (const pattern of patterns) {
    const { root, files } = await filesOf(pattern, cwd, suffixes)
    if (files.length === 0) unmatched.push(pattern)
    for (const file of files) {
      const path = resolve(file)
      if (!found.has(path)) found.set(path, root ?? dirname(path))
    }
  }
  if (unmatched.length > 0) {
    throw new ExitError(2, unmatched.map((pattern) => `No files matching '${pattern}'.`).join('\n'))
  }
  return [...found].map(([path, root]) => ({ path, root })).sort((a, b) => comparePaths(a.path, b.path))
}

/** The files of one pattern, and the folder they were found from (none for a file named outright). */
async function filesOf(pattern: string, cwd: string, suffixes: readonly string[]): Promise<{ root?: string; files: string[] }> {
  const path = resolve(cwd, pattern)
  // A dangling symbolic link is still a file the user named: reading it will say what is wrong.
  const entry = await stat(path).catch(() => lstat(path)).catch(() => undefined)
  if (entry?.isDirectory() === true) {
    const files = await glob(
      suffixes.map((suffix) => `**/*${suffix}`),
      { cwd: path, absolute: true, ignore: skippedFolders.map((folder) => `**/${folder}/**`) },
    )
    return { root: path, files }
  }
  if (entry !== undefined) return { files: [path] }
  if (isDynamicPattern(pattern)) {
    const named = pattern.split(/[\\/]/)
    const ignore = skippedFolders.filter((folder) => !named.includes(folder)).map((folder) => `**/${folder}/**`)
    const fixed = named.slice(0, named.findIndex((segment) => isDynamicPattern(segment)))
    const files = await glob(pattern, { cwd, absolute: true, expandDirectories: false, ignore })
    return { root: resolve(cwd, fixed.join('/') || '.'), files }
  }
  return { files: [] }
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
