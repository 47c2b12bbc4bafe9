// The official SARIF 2.1.0 JSON schema, as the SARIF Multitool's package ships it, and a check of a
// report against it. Every SARIF report the tests make goes through `validSarif`.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { Log } from 'sarif'

const require = createRequire(import.meta.url)

/** The Multitool's package for this system: it holds both the schema and the validator. */
export const multitoolFolder = dirname(require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`))

const schema = JSON.parse(readFileSync(join(multitoolFolder, 'sarif-2.1.0.json'), 'utf8')) as object
const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats.default(ajv)
const validate = ajv.compile(schema)

/** The report, parsed; throws, listing every violation, when it does not follow the SARIF 2.1.0 schema. */
export function validSarif(text: string): Log {
  const log: unknown = JSON.parse(text)
  if (!validate(log)) throw new Error(`not valid SARIF 2.1.0:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`)
  return log as Log
}
