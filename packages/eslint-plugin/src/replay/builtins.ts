/**
 * The standard library a replay may call: pure methods of arrays, strings and numbers, and a few
 * statics of `Object`, all on values the replay made itself (never on anything of the linted code).
 */
const arrayMethods = new Set([
  'at', 'concat', 'every', 'filter', 'find', 'findIndex', 'flat', 'flatMap', 'forEach', 'includes', 'indexOf',
  'join', 'map', 'reduce', 'reduceRight', 'reverse', 'slice', 'some', 'sort', 'push',
])

const stringMethods = new Set([
  'at', 'charAt', 'concat', 'endsWith', 'includes', 'indexOf', 'padEnd', 'padStart', 'repeat', 'replace', 'replaceAll',
  'slice', 'split', 'startsWith', 'substring', 'toLowerCase', 'toUpperCase', 'trim', 'trimEnd', 'trimStart',
])

const numberMethods = new Set(['toFixed', 'toString'])

/** A method of a value the replay made, bound to it; undefined when it is not one a replay may call. */
export function builtinMethod(receiver: unknown, name: string): ((...args: unknown[]) => unknown) | undefined {
  const allowed = Array.isArray(receiver)
    ? arrayMethods
    : typeof receiver === 'string'
      ? stringMethods
      : typeof receiver === 'number'
        ? numberMethods
        : undefined
  if (allowed?.has(name) !== true) return undefined
  const method = (Object(receiver) as Record<string, unknown>)[name] as (...args: unknown[]) => unknown
  return (...args: unknown[]) => method.apply(receiver, args)
}

/** Globals whose listed members a replay may call: `Object.keys(languages)` and the like. */
const globalStatics: Readonly<Record<string, Readonly<Record<string, (...args: never[]) => unknown>>>> = {
  Object: {
    keys: Object.keys,
    values: Object.values,
    entries: Object.entries,
    fromEntries: Object.fromEntries,
    assign: Object.assign,
    freeze: Object.freeze,
  },
  Array: { isArray: Array.isArray, of: Array.of, from: Array.from },
  JSON: { stringify: JSON.stringify, parse: JSON.parse },
  Math: { min: Math.min, max: Math.max, round: Math.round, floor: Math.floor, ceil: Math.ceil, abs: Math.abs },
}

/** Globals a replay may call as functions: conversions of primitives. */
const globalFunctions: Readonly<Record<string, (value: unknown) => unknown>> = {
  String: (value) => String(value),
  Number: (value) => Number(value),
  Boolean: (value) => Boolean(value),
}

/** Global constants a replay knows. */
export const globalValues: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['undefined', undefined],
  ['NaN', NaN],
  ['Infinity', Infinity],
])

export function globalStatic(object: string, name: string): ((...args: unknown[]) => unknown) | undefined {
  const statics = Object.hasOwn(globalStatics, object) ? globalStatics[object] : undefined
  return statics !== undefined && Object.hasOwn(statics, name) ? (statics[name] as (...args: unknown[]) => unknown) : undefined
}

export function globalFunction(name: string): ((value: unknown) => unknown) | undefined {
  return Object.hasOwn(globalFunctions, name) ? globalFunctions[name] : undefined
}
