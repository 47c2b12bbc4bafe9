import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import type { RuleSet } from '@fsflow/analyzer'
import { type RuleSetFor, lintFiles } from '../commands/lint/lint-files.js'
import { type LintMessage, type LintResult, problemIdentity, withMessages } from '../lint-result.js'
import { type LoadOptions, flowModuleSuffixes } from '../loaders/index.js'
import { filesAt, renamesSince, repositoryRoot, resolveCommit, writeCommitFiles } from './git.js'

/** How a run compares with a git commit: what it keeps back as old, and what the change fixed. */
export interface BaselineSummary {
  /** The ref as the user typed it, and the commit it named. */
  readonly ref: string
  readonly commit: string
  /** Problems that were there at the commit already, so not reported. */
  readonly existing: number
  /** Problems at the commit that the work tree no longer has. */
  readonly fixed: number
}


/**
 * Lints the same files as they are at a git ref (read from git, nothing checked out: the work tree
 * and index are untouched; a renamed file is found under its old name, an added one has no past)
 * and keeps in each result only the problems that are new. Exit 2 when the ref does not exist.
 */
export async function onlyNewProblems(
  results: readonly LintResult[],
  ref: string,
  cwd: string,
  ruleSet: RuleSetFor,
  loadOptions: LoadOptions = {},
): Promise<{ results: LintResult[]; summary: BaselineSummary }> {
  const root = await repositoryRoot(cwd)
  const commit = await resolveCommit(root, ref)
  const renamed = await renamesSince(root, commit)
  const pastPath = new Map<string, string>()
  for (const result of results) {
    const path = relative(root, result.filePath).split(sep).join('/')
    if (path.startsWith('../')) continue
    pastPath.set(result.filePath, renamed.get(path) ?? path)
  }
  const present = await filesAt(root, commit, [...pastPath.values()])
  // A file then is linted with the rules of the file it is now.
  const nowOf = new Map([...pastPath].map(([now, past]) => [past, now]))
  const rulesThen = (past: string): RuleSet => (typeof ruleSet === 'function' ? ruleSet(nowOf.get(past) ?? past) : ruleSet)
  const before = await lintAtCommit(root, commit, [...present], rulesThen, loadOptions)

  let existing = 0
  let fixed = 0
  const kept = results.map((result) => {
    const past = pastPath.get(result.filePath)
    const then = past === undefined ? undefined : before.get(past)
    if (then === undefined) return result
    const remaining = countKeys(then.messages)
    const fresh: LintMessage[] = []
    for (const message of result.messages) {
      const key = problemIdentity(message)
      const left = remaining.get(key) ?? 0
      if (left > 0) {
        remaining.set(key, left - 1)
        existing++
      } else {
        fresh.push(message)
      }
    }
    for (const left of remaining.values()) fixed += left
    return withMessages(result, fresh)
  })
  return { results: kept, summary: { ref, commit, existing, fixed } }
}

function countKeys(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const message of messages) {
    const key = problemIdentity(message)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Each file's result at the commit, by its path then (relative to the root). */
async function lintAtCommit(
  root: string,
  commit: string,
  paths: readonly string[],
  ruleSetOf: (path: string) => RuleSet,
  loadOptions: LoadOptions,
): Promise<Map<string, LintResult>> {
  const byPath = new Map<string, LintResult>()
  if (paths.length === 0) return byPath
  const folder = await mkdtemp(join(tmpdir(), 'fsflow-base-'))
  try {
    // A TypeScript flow imports its neighbours: it runs in a copy of the whole tree at that commit.
    const modules = paths.some((path) => flowModuleSuffixes.some((suffix) => path.endsWith(suffix)))
    await writeCommitFiles(root, commit, paths, folder, modules)
    const ruleSets = new Map(paths.map((path) => [join(folder, path), ruleSetOf(path)]))
    const linted = await lintFiles(
      paths.map((path) => join(folder, path)),
      (file) => ruleSets.get(file)!,
      loadOptions,
    )
    paths.forEach((path, index) => byPath.set(path, linted[index]!))
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
  return byPath
}
