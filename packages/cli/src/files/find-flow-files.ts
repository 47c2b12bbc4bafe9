import { lstat, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { ExitError } from '../exit-error.js'
import { flowFileSuffixes } from '../loaders/index.js'

/** Folders that a search never enters unless a glob names them: installed packages and build output. */
const skippedFolders = ['node_modules', 'dist']

/**
 * The files that paths, folders and globs name, absolute, each once, sorted. A file named outright is
 * linted whatever its name; a folder is searched for flow files; a glob keeps what it matches. Neither
 * goes into node_modules or dist, unless the glob names them. A path that matches nothing means the
 * command cannot do what was asked: exit 2.
 */
export async function findFlowFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>()
  const unmatched: string[] = []
  for (const pattern of patterns) {
    const files = await filesOf(pattern, cwd)
    if (files.length === 0) unmatched.push(pattern)
    for (const file of files) found.add(resolve(file))
  }
  if (unmatched.length > 0) {
    throw new ExitError(2, unmatched.map((pattern) => `No files matching '${pattern}'.`).join('\n'))
  }
  return [...found].sort(comparePaths)
}

async function filesOf(pattern: string, cwd: string): Promise<string[]> {
  const path = resolve(cwd, pattern)
  // A dangling symbolic link is still a file the user named: reading it will say what is wrong.
  const entry = await stat(path).catch(() => lstat(path)).catch(() => undefined)
  if (entry?.isDirectory() === true) {
    return glob(
      flowFileSuffixes.map((suffix) => `**/*${suffix}`),
      { cwd: path, absolute: true, ignore: skippedFolders.map((folder) => `**/${folder}/**`) },
    )
  }
  if (entry !== undefined) return [path]
  if (isDynamicPattern(pattern)) {
    const named = pattern.split(/[\\/]/)
    const ignore = skippedFolders.filter((folder) => !named.includes(folder)).map((folder) => `**/${folder}/**`)
    return glob(pattern, { cwd, absolute: true, expandDirectories: false, ignore })
  }
  return []
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
