import { createJiti } from 'jiti'

// Never from a cache: called again in one process (by tests, by an editor), it runs the file as it is now.
const jiti = createJiti(import.meta.url, { moduleCache: false })

/** A module's exports, the module run as Node would run it once its TypeScript is stripped. Throws what the module throws. */
export async function importModule(filePath: string): Promise<Readonly<Record<string, unknown>>> {
  return await jiti.import<Record<string, unknown>>(filePath)
}
