import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { removeLeftovers, stagingFolderName } from '../../files/leftovers.js'
import { ModuleRun } from '../../flow-modules/module-run.js'

/** How a module built back: `builder` says whose builder built it. */
export type RoundTrip =
  | { ok: true, builder: 'installed' | 'fsflow' }
  | { ok: false, problem: string }

/**
 * Builds a module as `fsflow build` would (in a worker) and compares its default export's document
 * with the one it was imported from; both pass through JSON, as a written flow file does. The module
 * is staged inside `folder`, so that `@fsflow/builder` resolves as it will for the written file; where
 * no builder is installed (a first try, before `npm install @fsflow/builder`), it is staged in a
 * temporary folder that links fsflow's own builder, so the check still proves the code.
 */
export async function checkRoundTrip(folder: string, code: string, document: unknown, timeoutSeconds: number): Promise<RoundTrip> {
  const installed = builderInstalledIn(folder)
  const staging = installed ? await stageIn(folder) : await stageWithOwnBuilder()
  const file = join(staging, 'imported.flow.ts')
  let run: ModuleRun | undefined
  try {
    await writeFile(file, code)
    run = await ModuleRun.start(file, timeoutSeconds)
    const load = await run.load()
    if (load.kind === 'threw') return { ok: false, problem: `the module did not load: ${load.error.message.split('\n')[0] ?? ''}` }
    if (load.kind !== 'loaded') return { ok: false, problem: `the module did not load (${load.kind})` }
    const built = load.flows.find((flow) => flow.name === 'default')?.document
    if (!isDeepStrictEqual(built, JSON.parse(JSON.stringify(document)))) return { ok: false, problem: 'it builds to a different document' }
    return { ok: true, builder: installed ? 'installed' : 'fsflow' }
  } finally {
    await run?.close()
    await rm(staging, { recursive: true, force: true })
  }
}

function builderInstalledIn(folder: string): boolean {
  try {
    createRequire(join(folder, 'noop.js')).resolve('@fsflow/builder')
    return true
  } catch {
    return false
  }
}

async function stageIn(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true })
  await removeLeftovers(folder)
  const staging = join(folder, stagingFolderName())
  await mkdir(staging)
  return staging
}

/** A temporary folder whose `node_modules/@fsflow/builder` is the builder fsflow itself depends on. */
async function stageWithOwnBuilder(): Promise<string> {
  const staging = await mkdtemp(join(tmpdir(), 'fsflow-import-'))
  const ownBuilder = dirname(createRequire(import.meta.url).resolve('@fsflow/builder/package.json'))
  await mkdir(join(staging, 'node_modules', '@fsflow'), { recursive: true })
  await symlink(ownBuilder, join(staging, 'node_modules', '@fsflow', 'builder'), 'junction')
  return staging
}
