import { literal, objectLiteral } from './literals.js'

/** What a zod schema says of itself (`schema._zod.def`), as far as writing a value for it needs. */
interface SchemaDef {
  readonly type?: string
  readonly shape?: Readonly<Record<string, unknown>>
  readonly innerType?: unknown
  readonly element?: unknown
  readonly valueType?: unknown
  readonly options?: readonly unknown[]
  readonly discriminator?: string
  readonly values?: readonly unknown[]
}

/**
 * A JSON value as code for a place the schema types: fields of an object that its schema does not
 * have are written as a spread, `{ url: '…', ...{ retries: 3 } }`, since TypeScript would refuse
 * them written out in an object literal of a known type, and the builder keeps them as they are.
 */
export function typedLiteral(value: unknown, schema: unknown): string {
  const def = unwrap(schema)
  if (Array.isArray(value)) return `[${value.map((item: unknown) => typedLiteral(item, def?.type === 'array' ? def.element : undefined)).join(', ')}]`
  if (typeof value !== 'object' || value === null) return literal(value)
  const record = value as Readonly<Record<string, unknown>>
  if (def?.type === 'record') return objectLiteral(Object.entries(record).map(([key, item]) => [key, typedLiteral(item, def.valueType)]))
  const shape = shapeFor(def, record)
  if (shape === undefined) return literal(value)
  const known = Object.entries(record).filter(([key]) => Object.hasOwn(shape, key))
  const unknown = Object.entries(record).filter(([key]) => !Object.hasOwn(shape, key))
  const entries: [string, string][] = known.map(([key, item]) => [key, typedLiteral(item, shape[key])])
  if (unknown.length === 0) return objectLiteral(entries)
  const spread = `...${literal(Object.fromEntries(unknown))}`
  return entries.length === 0 ? `{ ${spread} }` : `${objectLiteral(entries).slice(0, -2)}, ${spread} }`
}

/** The fields an object schema (or the option of a union the value is) has; undefined when it says nothing of them. */
function shapeFor(def: SchemaDef | undefined, value: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> | undefined {
  if (def?.type === 'object') return def.shape
  if (def?.type !== 'union' || def.options === undefined) return undefined
  const { discriminator } = def
  for (const option of def.options) {
    const optionDef = unwrap(option)
    if (optionDef?.type !== 'object' || optionDef.shape === undefined) continue
    if (discriminator === undefined) return optionDef.shape
    const tag = unwrap(optionDef.shape[discriminator])
    if (tag?.values?.includes(value[discriminator]) === true) return optionDef.shape
  }
  return undefined
}

/** The schema inside `.optional()`, `.nullable()`, `.default()`. */
function unwrap(schema: unknown): SchemaDef | undefined {
  let def = defOf(schema)
  while (def !== undefined && (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')) def = defOf(def.innerType)
  return def
}

function defOf(schema: unknown): SchemaDef | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined
  const zod = (schema as { _zod?: { def?: SchemaDef } })._zod
  return zod?.def
}
