import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Why a config file could not be read or run; the caller names the file. */
export class ConfigLoadError extends Error {
  override name = 'ConfigLoadError'
}

/**
 * A config file's default export. JSON is parsed, JavaScript imported, and only TypeScript goes
 * through jiti: a run with a JSON or JavaScript config never loads a TypeScript toolchain.
 */
export async function loadConfigFile(filePath: string): Promise<unknown> {
  const extension = extname(filePath)
  if (extension === '.json') return parseJson(await readText(filePath))
  if (extension === '.ts' || extension === '.mts') return loadTypeScript(filePath)
  return defaultExport(await importing(() => import(pathToFileURL(filePath).href) as Promise<Record<string, unknown>>))
}

async function readText(filePath: string): Promise<string> {
  try {
    return await readFile(filePath, 'utf8')
  } catch (error) {
    throw new ConfigLoadError(`cannot read the file: ${messageOf(error)}`)
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new ConfigLoadError(`not valid JSON: ${messageOf(error)}`)
  }
}

async function loadTypeScript(filePath: string): Promise<unknown> {
  const { createJiti } = await import('jiti')
  const jiti = createJiti(import.meta.url, { moduleCache: false })
  return defaultExport(await importing(() => jiti.import<Record<string, unknown>>(filePath)))
}

async function importing(load: () => Promise<Record<string, unknown>>): Promise<Record<string, unknown>> {
  try {
    return await load()
  } catch (error) {
    throw new ConfigLoadError(`cannot load it: ${messageOf(error)}`)
  }
}

/** The default export, awaited (a config may be a promise, as ESLint allows). */
async function defaultExport(module: Record<string, unknown>): Promise<unknown> {
  if (!Object.hasOwn(module, 'default')) throw new ConfigLoadError('it has no default export: export default defineConfig([...])')
  return await module.default
}

function messageOf(error: unknown): string {
  return ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').trim()
}
