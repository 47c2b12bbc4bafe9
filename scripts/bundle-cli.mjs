// Bundles the fsflow command for start-up: @fsflow/cli's `prepack` runs it after `tsc -b`, and
// `npm run bench` before measuring. Reads packages/cli/dist and writes packages/cli/bundle: the bin,
// the flow-module worker as its own entry (module-run starts `./module-worker.js` beside itself),
// and chunks that the bin loads lazily, as dist does. What must stay one instance with the user's
// flow (@fsflow/builder), what loads files of its own (jiti, ts-morph, TypeScript) and the big
// optional renderers stay external, loaded from node_modules. Why: loading one parsed file is
// faster than resolving and loading the ~200 modules of dist, zod and the analyzer (docs/performance.md).
// Usage: node scripts/bundle-cli.mjs [--minify]
import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'cli')
const outdir = join(cli, 'bundle')

rmSync(outdir, { recursive: true, force: true })
await build({
  entryPoints: {
    bin: join(cli, 'dist', 'bin.js'),
    'module-worker': join(cli, 'dist', 'flow-modules', 'module-worker.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  mainFields: ['module', 'main'],
  external: ['@fsflow/builder', 'jiti', 'ts-morph', 'typescript', '@dagrejs/graphlib', '@viz-js/viz'],
  // CommonJS dependencies bundled into ESM call require for Node's built-ins.
  banner: { js: "import { createRequire as fsflowCreateRequire } from 'node:module'; const require = fsflowCreateRequire(import.meta.url);" },
  minify: process.argv.includes('--minify'),
  // Flat, so that the relative URLs in dist (`./module-worker.js`, `../package.json`) still resolve.
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
})
