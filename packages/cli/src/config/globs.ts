import picomatch from 'picomatch'

/** Tests a path relative to the config file's folder, with `/` separators. */
export type PathTest = (relativePath: string) => boolean

/** A folder pattern (`flows/legacy/`) means everything in it, as in ESLint's ignores. */
function expand(pattern: string): string {
  return pattern.endsWith('/') ? `${pattern}**` : pattern
}

/** Whether a path matches any of the patterns (dot files included, as ESLint matches). */
export function anyOf(patterns: readonly string[]): PathTest {
  const matchers = patterns.map((pattern) => picomatch(expand(pattern), { dot: true }))
  return (path) => matchers.some((matches) => matches(path))
}

/**
 * Whether ignore patterns exclude a path: the last pattern that matches decides, and `!pattern`
 * takes back what an earlier pattern ignored, as in ESLint's ignores.
 */
export function ignoredBy(patterns: readonly string[]): PathTest {
  const matchers = patterns.map((pattern) => {
    const negated = pattern.startsWith('!')
    return { negated, matches: picomatch(expand(negated ? pattern.slice(1) : pattern), { dot: true }) }
  })
  return (path) => {
    let ignored = false
    for (const { negated, matches } of matchers) if (matches(path)) ignored = !negated
    return ignored
  }
}

/**
 * Whether a `files` pattern names files to lint, not only settings for them: as in ESLint, `*`, `**`
 * and patterns ending in `/*` or `/**` match every file and so add none to a folder search.
 */
export function addsFiles(pattern: string): boolean {
  return !(pattern === '*' || pattern === '**' || pattern.endsWith('/*') || pattern.endsWith('/**'))
}
