import { lstat, realpath, stat } from 'node:fs/promises'
import { dirname, extname, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { ExitError } from '../exit-error.js'
import { flowFileSuffixes } from '../loaders/index.js'

/** Folders that a search never enters unless a glob names them: installed packages and build output. */
const skippedFolders = ['node_modules', 'dist']

/** What a config asks of a search: which other files a folder search keeps, and which files nothing finds. */
export interface SearchFilter {
  /** Whether a folder search keeps a file its name's suffix does not make a flow file (a config object's `files`). */
  readonly adds?: (filePath: string) => boolean
  /** Whether a file is ignored: neither a folder search nor a glob finds it (a file named outright still is). */
  readonly ignores: (filePath: string) => boolean
}

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
export async function findFlowFiles(patterns: readonly string[], cwd: string, filter?: SearchFilter): Promise<string[]> {
  return (await findFiles(patterns, cwd, flowFileSuffixes, filter)).map((file) => file.path)
}

/**
 * As `findFlowFiles`, searching folders for names with these suffixes, and keeping for each file the
 * folder it was found from (the first, when several patterns find it).
 */
export async function findFiles(patterns: readonly string[], cwd: string, suffixes: readonly string[], filter?: SearchFilter): Promise<FoundFile[]> {
  // By real path: a file reached through symbolic links (a link to a folder, a loop) is listed once.
  const found = new Map<string, FoundFile>()
  const unmatched: string[] = []
  for (const pattern of patterns) {
    const { root, files } = await filesOf(pattern, cwd, suffixes, filter)
    if (files.length === 0) unmatched.push(await whyNothingMatches(pattern, cwd, suffixes))
    const reached = await Promise.all(files.map(async (file) => ({ path: resolve(file), real: await realpath(file).catch(() => resolve(file)) })))
    for (const { path, real } of reached.sort(byDirectness)) {
      if (!found.has(real)) found.set(real, { path, root: root ?? dirname(path) })
    }
  }
  if (unmatched.length > 0) throw new ExitError(2, unmatched.join('\n'))
  return [...found.values()].sort((a, b) => comparePaths(a.path, b.path))
}

/** How many of a folder's other files a message names. */
const namesShown = 3

/**
 * Why a pattern found nothing: for a folder that holds files of the flow files' types under other
 * names (`login.json`), what it holds and how to name them; else that nothing matches.
 */
async function whyNothingMatches(pattern: string, cwd: string, suffixes: readonly string[]): Promise<string> {
  const folder = resolve(cwd, pattern)
  const isFolder = (await stat(folder).catch(() => undefined))?.isDirectory() === true
  const others = isFolder ? await otherFilesIn(folder, suffixes) : new Map<string, string[]>()
  if (others.size === 0) return `No files matching '${pattern}'.`
  const extensions = [...others.keys()]
  const held = [...others].map(([extension, names]) => {
    const shown = names.slice(0, namesShown).join(', ') + (names.length > namesShown ? ', …' : '')
    return `${String(names.length)} ${extension} file${names.length === 1 ? '' : 's'} (${shown})`
  })
  const named = suffixes.filter((suffix) => others.has(extname(suffix))).map((suffix) => `*${suffix}`)
  const anyDepth = [...others.values()].flat().some((name) => name.includes('/')) ? '**/' : ''
  const types = extensions.length === 1 ? extensions[0]!.slice(1) : `{${extensions.map((extension) => extension.slice(1)).join(',')}}`
  const suggested = `${pattern.replace(/[\\/]+$/, '')}/${anyDepth}*.${types}`
  return `No flow files in '${pattern}': it holds ${held.join(' and ')}, but flow files are named ${named.join(' or ')}; rename them, name them with a glob: '${suggested}', or say so once in fsflow.config.json: [{ "files": ["${suggested}"] }] (docs/config.md).`
}

/** The files of a folder with a flow file's extension (`.json`, `.ts`) but not its suffix, by extension, in order. */
async function otherFilesIn(folder: string, suffixes: readonly string[]): Promise<Map<string, string[]>> {
  const extensions = [...new Set(suffixes.map((suffix) => extname(suffix)))]
  const names = await glob(extensions.map((extension) => `**/*${extension}`), { cwd: folder, ignore: skippedFolders.map((name) => `**/${name}/**`) })
  const byExtension = new Map<string, string[]>()
  for (const extension of extensions) {
    const ofExtension = names.filter((name) => extname(name) === extension).sort(comparePaths)
    if (ofExtension.length > 0) byExtension.set(extension, ofExtension)
  }
  return byExtension
}

/** The files of one pattern, and the folder they were found from (none for a file named outright). */
async function filesOf(pattern: string, cwd: string, suffixes: readonly string[], filter: SearchFilter | undefined): Promise<{ root?: string; files: string[] }> {
  const path = resolve(cwd, pattern)
  // A dangling symbolic link is still a file the user named: reading it will say what is wrong.
  const entry = await stat(path).catch(() => lstat(path)).catch(() => undefined)
  const kept = (files: string[]): string[] => (filter === undefined ? files : files.filter((file) => !filter.ignores(file)))
  if (entry?.isDirectory() === true) {
    const { adds } = filter ?? {}
    const ignore = skippedFolders.map((folder) => `**/${folder}/**`)
    if (adds === undefined) return { root: path, files: kept(await glob(suffixes.map((suffix) => `**/*${suffix}`), { cwd: path, absolute: true, ignore })) }
    // A config's `files` may name any file: every file is looked at, and kept by its suffix or by the config.
    const every = await glob('**/*', { cwd: path, absolute: true, ignore: [...ignore, '**/.git/**'] })
    return { root: path, files: kept(every.filter((file) => suffixes.some((suffix) => file.endsWith(suffix)) || adds(file))) }
  }
  if (entry !== undefined) return { files: [path] }
  if (isDynamicPattern(pattern)) {
    const named = pattern.split(/[\\/]/)
    const ignore = skippedFolders.filter((folder) => !named.includes(folder)).map((folder) => `**/${folder}/**`)
    const fixed = named.slice(0, named.findIndex((segment) => isDynamicPattern(segment)))
    const files = await glob(pattern, { cwd, absolute: true, expandDirectories: false, ignore })
    return { root: resolve(cwd, fixed.join('/') || '.'), files: kept(files) }
  }
  return { files: [] }
}

/** A file reached as itself first, then by the shortest way round through links. */
function byDirectness(a: { path: string; real: string }, b: { path: string; real: string }): number {
  return Number(b.path === b.real) - Number(a.path === a.real) || a.path.length - b.path.length || comparePaths(a.path, b.path)
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
