import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { removeLeftovers, stagingFolderName } from '../../files/leftovers.js'
import { ModuleRun } from '../../flow-modules/module-run.js'

/** Why a module did not build back to its document; undefined when it did. */
export type RoundTripProblem = string | undefined

/**
 * Builds a module as `fsflow build` would (in a worker, from a staging folder inside `folder`, so that
 * `@fsflow/builder` resolves as it will for the written file) and compares its default export's
 * document with the one it was imported from. Both pass through JSON, as a written flow file does.
 */
export async function checkRoundTrip(folder: string, code: string, document: unknown, timeoutSeconds: number): Promise<RoundTripProblem> {
  await mkdir(folder, { recursive: true })
  await removeLeftovers(folder)
  const staging = join(folder, stagingFolderName())
  const file = join(staging, 'imported.flow.ts')
  await mkdir(staging)
  let run: ModuleRun | undefined
  try {
    await writeFile(file, code)
    run = await ModuleRun.start(file, timeoutSeconds)
    const load = await run.load()
    if (load.kind === 'threw') return `the module did not load: ${load.error.message.split('\n')[0] ?? ''}`
    if (load.kind !== 'loaded') return `the module did not load (${load.kind})`
    const built = load.flows.find((flow) => flow.name === 'default')?.document
    return isDeepStrictEqual(built, JSON.parse(JSON.stringify(document))) ? undefined : 'it builds to a different document'
  } finally {
    await run?.close()
    await rm(staging, { recursive: true, force: true })
  }
}
