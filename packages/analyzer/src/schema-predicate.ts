import { z } from 'zod'

/** Whether a value is certainly valid. `false` means "not sure": ask the schema itself. */
export type Predicate = (value: unknown) => boolean

type Def = Readonly<Record<string, unknown>> & { readonly type: string }

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def

/**
 * Compiles a zod schema into a fast predicate that accepts only values the schema accepts. It
 * understands the few schema kinds FaceSign's node schemas are made of (objects, arrays, strings,
 * numbers, integers, booleans, literals, enums, optionals, unions, discriminated unions and the
 * length and bound checks on them), and asks the schema itself about any part it does not know, so
 * it never accepts what the schema rejects. Schema checks spend most of their time building output
 * and issue objects; a valid node, nearly every node of a real flow, needs neither.
 */
export function compilePredicate(schema: z.core.$ZodType): Predicate {
  return generate(schema) ?? closurePredicate(schema)
}

/** The predicate as nested closures (or, for a schema they cannot judge, the schema itself). */
function closurePredicate(schema: z.core.$ZodType): Predicate {
  return compile(schema) ?? ((value) => z.safeParse(schema, value).success)
}

/**
 * The predicate as one generated function of straight-line checks (as zod generates its own object
 * parsers), which runs a few times faster than nested closures. Parts it does not generate are
 * judged by their closure predicate, called from the generated code.
 */
function generate(schema: z.core.$ZodType): Predicate | undefined {
  if (defOf(schema).type !== 'object') return undefined
  const generator = new PredicateGenerator()
  generator.emit(schema, 'v')
  const body = `return function predicate(v) {\n${generator.lines.join('\n')}\nreturn true\n}`
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from the schema's own definition, no input text
  const factory = new Function('hasOwn', 'e', body) as (hasOwn: typeof Object.hasOwn, externals: unknown[]) => Predicate
  return factory(Object.hasOwn, generator.externals)
}

class PredicateGenerator {
  readonly lines: string[] = []
  /** Functions the generated code calls, by index. */
  readonly externals: unknown[] = []
  private names = 0

  /** Statements that return false unless the value in variable `x` passes `schema`. */
  emit(schema: z.core.$ZodType, x: string): void {
    const def = defOf(schema)
    const checks = Array.isArray(def.checks) ? (def.checks as z.core.$ZodCheck[]) : []
    const checkLines = def.checks === undefined || Array.isArray(def.checks) ? this.checkLines(def, checks, x) : undefined
    if (checkLines === undefined || def.coerce === true || !this.emitBase(schema, def, x)) {
      this.lines.push(`if (!${this.external(closurePredicate(schema))}(${x})) return false`)
      return
    }
    this.lines.push(...checkLines)
  }

  private emitBase(schema: z.core.$ZodType, def: Def, x: string): boolean {
    const { lines } = this
    switch (def.type) {
      case 'string':
        if (def.check !== undefined) return false
        lines.push(`if (typeof ${x} !== 'string') return false`)
        return true
      case 'boolean':
        lines.push(`if (typeof ${x} !== 'boolean') return false`)
        return true
      case 'number':
        if (def.check === undefined) lines.push(`if (typeof ${x} !== 'number' || !Number.isFinite(${x})) return false`)
        else if (def.check === 'number_format' && def.format === 'safeint') lines.push(`if (!Number.isSafeInteger(${x})) return false`)
        else return false
        return true
      case 'unknown':
      case 'any':
        return true
      case 'literal':
      case 'enum': {
        const values = def.type === 'literal' ? def.values : typeof def.entries === 'object' && def.entries !== null ? Object.values(def.entries) : undefined
        if (!Array.isArray(values) || values.length === 0 || !values.every((value) => typeof value === 'string')) return false
        lines.push(`if (${values.map((value) => `${x} !== ${JSON.stringify(value)}`).join(' && ')}) return false`)
        return true
      }
      case 'optional': {
        lines.push(`if (${x} !== undefined) {`)
        this.emit(def.innerType as z.core.$ZodType, x)
        lines.push('}')
        return true
      }
      case 'array': {
        const i = this.name('i')
        const item = this.name('item')
        lines.push(`if (!Array.isArray(${x})) return false`, `for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {`, `const ${item} = ${x}[${i}]`)
        this.emit(def.element as z.core.$ZodType, item)
        lines.push('}')
        return true
      }
      case 'union': {
        if (def.inclusive === false && def.discriminator === undefined) return false
        if (def.unionFallback !== undefined && def.unionFallback !== false) return false
        const options = (def.options as z.core.$ZodType[]).map((option) => `${this.external(compilePredicate(option))}(${x})`)
        lines.push(`if (!(${options.join(' || ')})) return false`)
        return true
      }
      case 'object': {
        const catchall = def.catchall as z.core.$ZodType | undefined
        if (catchall !== undefined && defOf(catchall).type !== 'unknown') return false
        lines.push(`if (typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})) return false`)
        const shape = def.shape as Readonly<Record<string, z.core.$ZodType>>
        for (const key of Object.keys(shape)) {
          const field = shape[key]!
          const k = JSON.stringify(key)
          const y = this.name('field')
          if (defOf(field).type === 'optional') {
            // Absent is fine; present, or inherited, must pass.
            lines.push(`if (hasOwn(${x}, ${k})) {`, `const ${y} = ${x}[${k}]`)
            this.emit(field, y)
            lines.push(`} else if (${k} in ${x}) return false`)
          } else {
            lines.push(`if (!hasOwn(${x}, ${k})) return false`, `const ${y} = ${x}[${k}]`)
            this.emit(field, y)
          }
        }
        return true
      }
      default:
        return false
    }
  }

  /** Statements for the checks of a schema whose base check has passed, or undefined when one is not understood. */
  private checkLines(def: Def, checks: readonly z.core.$ZodCheck[], x: string): string[] | undefined {
    const lines: string[] = []
    for (const check of checks) {
      const checkDef = check._zod.def as unknown as Readonly<Record<string, unknown>>
      let test: string | undefined
      const { value, inclusive, minimum } = checkDef
      if (checkDef.check === 'custom') {
        const custom = compileCustomCheck(check)
        if (custom !== undefined) test = `${this.external(custom)}(${x})`
      } else if (checkDef.check === 'min_length' && typeof minimum === 'number') {
        // zod counts a string's code points; twice the minimum in UTF-16 units is always enough of them.
        if (def.type === 'array') test = `${x}.length >= ${String(minimum)}`
        else if (def.type === 'string') test = `${x}.length >= ${String(2 * minimum)}`
      } else if ((checkDef.check === 'greater_than' || checkDef.check === 'less_than') && typeof value === 'number' && Number.isFinite(value)) {
        const operator = checkDef.check === 'greater_than' ? (inclusive === true ? '>=' : '>') : inclusive === true ? '<=' : '<'
        test = `${x} ${operator} ${String(value)}`
      }
      if (test === undefined) return undefined
      const when = checkDef.when
      if (when === undefined) lines.push(`if (!(${test})) return false`)
      else if (typeof when === 'function') lines.push(`if (!(${test}) && ${this.external(checkApplies(checkDef))}(${x})) return false`)
      else return undefined
    }
    return lines
  }

  private external(value: unknown): string {
    this.externals.push(value)
    return `e[${String(this.externals.length - 1)}]`
  }

  private name(prefix: string): string {
    return `${prefix}${String(this.names++)}`
  }
}

/** The predicate of a schema, or undefined when it has a part only the schema itself can judge. */
function compile(schema: z.core.$ZodType): Predicate | undefined {
  const def = defOf(schema)
  const base = compileBase(def)
  if (base === undefined) return undefined
  const checks = def.checks
  if (checks === undefined || (Array.isArray(checks) && checks.length === 0)) return base
  if (!Array.isArray(checks)) return undefined
  const compiled: Predicate[] = []
  for (const check of checks as z.core.$ZodCheck[]) {
    const predicate = compileCheck(check)
    if (predicate === undefined) return undefined
    compiled.push(predicate)
  }
  return (value) => {
    if (!base(value)) return false
    for (const check of compiled) if (!check(value)) return false
    return true
  }
}

function compileCheck(instance: z.core.$ZodCheck): Predicate | undefined {
  const def = instance._zod.def as unknown as Readonly<Record<string, unknown>>
  const check = def.check === 'custom' ? compileCustomCheck(instance) : compileCheckBody(def)
  const when = def.when
  if (check === undefined || when === undefined) return check
  if (typeof when !== 'function') return undefined
  const applies = checkApplies(def)
  return (input) => check(input) || !applies(input)
}

/** zod runs a check with a `when` only when it says so (length checks: on values with a length). */
function checkApplies(def: Readonly<Record<string, unknown>>): Predicate {
  const owner = def as { when(payload: { value: unknown; issues: unknown[] }): boolean }
  return (input) => owner.when({ value: input, issues: [] })
}

/**
 * A check written as a function (`.check(fn)`, `.refine`, `.superRefine`): run it as zod does, on a
 * value that has passed its schema, and see whether it adds an issue. Anything else it does
 * (returning a promise, throwing) is left to zod to handle.
 */
function compileCustomCheck(instance: z.core.$ZodCheck): Predicate | undefined {
  // Called as zod calls it, as a method of the check's internals.
  const internals = instance._zod as unknown as { check: unknown }
  if (typeof internals.check !== 'function') return undefined
  const checker = internals as { check(payload: { value: unknown; issues: unknown[] }): unknown }
  return (input) => {
    const payload = { value: input, issues: [] as unknown[] }
    try {
      const result = checker.check(payload)
      if (result instanceof Promise) return false
    } catch {
      return false
    }
    return payload.issues.length === 0
  }
}

function compileCheckBody(def: Readonly<Record<string, unknown>>): Predicate | undefined {
  const { value, inclusive, minimum } = def
  switch (def.check) {
    case 'min_length':
      if (typeof minimum !== 'number') return undefined
      // zod counts a string's code points; twice the minimum in UTF-16 units is always enough of them.
      return (input) =>
        Array.isArray(input) ? input.length >= minimum : typeof input === 'string' && input.length >= 2 * minimum
    case 'greater_than':
      if (typeof value !== 'number') return undefined
      return inclusive === true ? (input) => (input as number) >= value : (input) => (input as number) > value
    case 'less_than':
      if (typeof value !== 'number') return undefined
      return inclusive === true ? (input) => (input as number) <= value : (input) => (input as number) < value
    default:
      return undefined
  }
}

function compileBase(def: Def): Predicate | undefined {
  if (def.coerce === true) return undefined
  switch (def.type) {
    case 'string':
      return def.check === undefined ? (value) => typeof value === 'string' : undefined
    case 'boolean':
      return (value) => typeof value === 'boolean'
    case 'number':
      if (def.check === undefined) return (value) => typeof value === 'number' && Number.isFinite(value)
      if (def.check === 'number_format' && def.format === 'safeint') return (value) => Number.isSafeInteger(value)
      return undefined
    case 'unknown':
    case 'any':
      return () => true
    case 'literal': {
      if (!Array.isArray(def.values)) return undefined
      const values = new Set<unknown>(def.values)
      return (value) => values.has(value)
    }
    case 'enum': {
      const entries = def.entries
      if (typeof entries !== 'object' || entries === null) return undefined
      const values = Object.values(entries) as unknown[]
      if (!values.every((value) => typeof value === 'string')) return undefined
      const set = new Set<unknown>(values)
      return (value) => set.has(value)
    }
    case 'optional': {
      const inner = compile(def.innerType as z.core.$ZodType)
      return inner === undefined ? undefined : (value) => value === undefined || inner(value)
    }
    case 'array': {
      const element = compile(def.element as z.core.$ZodType)
      if (element === undefined) return undefined
      return (value) => {
        if (!Array.isArray(value)) return false
        for (const item of value) if (!element(item)) return false
        return true
      }
    }
    case 'union': {
      // A plain union accepts what any option accepts; so does a discriminated one, whose options
      // have distinct discriminator values. Exclusive unions (xor) and fallbacks are the schema's.
      if (def.inclusive === false && def.discriminator === undefined) return undefined
      if (def.unionFallback !== undefined && def.unionFallback !== false) return undefined
      const options: Predicate[] = []
      for (const option of def.options as z.core.$ZodType[]) {
        const predicate = compile(option)
        if (predicate === undefined) return undefined
        options.push(predicate)
      }
      return (value) => {
        for (const option of options) if (option(value)) return true
        return false
      }
    }
    case 'object':
      return compileObject(def)
    default:
      return undefined
  }
}

function compileObject(def: Def): Predicate | undefined {
  const catchall = def.catchall as z.core.$ZodType | undefined
  // Unknown keys are stripped (no catchall) or kept (catchall unknown); anything else is the schema's.
  if (catchall !== undefined && defOf(catchall).type !== 'unknown') return undefined
  const shape = def.shape as Readonly<Record<string, z.core.$ZodType>>
  const keys = Object.keys(shape)
  const predicates: Predicate[] = []
  const optional: boolean[] = []
  for (const key of keys) {
    const field = shape[key]!
    const predicate = compile(field)
    if (predicate === undefined) return undefined
    predicates.push(predicate)
    optional.push(defOf(field).type === 'optional')
  }
  const count = keys.length
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    const record = value as Record<string, unknown>
    for (let i = 0; i < count; i++) {
      const key = keys[i]!
      if (Object.hasOwn(record, key)) {
        if (!predicates[i]!(record[key])) return false
      } else if (!optional[i] || key in record) {
        // Absent and required, or inherited: let the schema judge.
        return false
      }
    }
    return true
  }
}
