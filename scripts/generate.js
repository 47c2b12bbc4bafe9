// Regenerates the committed generated files. Run: npm run generate (after a build).
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderFlowJsonSchema } from '../packages/schema/dist/index.js'

const target = fileURLToPath(new URL('../packages/schema/flow.schema.json', import.meta.url))
writeFileSync(target, renderFlowJsonSchema())
console.log(`wrote ${target}`)
