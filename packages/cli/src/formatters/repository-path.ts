import { isAbsolute, relative, sep } from 'node:path'

/** A file's path relative to the repository root, with `/` on every system; undefined for a file outside it. */
export function repositoryPath(filePath: string, root: string): string | undefined {
  const path = relative(root, filePath)
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return undefined
  return path.split(sep).join('/')
}

/** Where CI should show a file: relative to the repository root when it is inside, else as it is. */
export function reportedPath(filePath: string, root: string): string {
  return repositoryPath(filePath, root) ?? filePath.split(sep).join('/')
}
