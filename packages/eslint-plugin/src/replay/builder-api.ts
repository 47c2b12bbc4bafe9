import { flow, session, withCallSiteProvider } from '@fsflow/builder'

/** The builder's functions a module may import, by their exported names. */
export const builderFunctions: ReadonlyMap<string, (...args: never[]) => unknown> = new Map<string, (...args: never[]) => unknown>([
  ['flow', flow],
  ['session', session],
])

export const builderModule = '@fsflow/builder'

/** The prototype every chain shares, read from one chain made without a call site. */
const chainPrototype: object = Object.getPrototypeOf(withCallSiteProvider(() => undefined, () => flow().start())) as object

/** The methods of a chain a replay calls: every public method, except those that build (and would throw). */
const chainMethods = new Set(
  Object.getOwnPropertyNames(chainPrototype).filter((name) => name !== 'constructor' && name !== 'build' && name !== 'toJSON'),
)

/** Whether a value is a chain of the builder (a flow being written, or a path given to a sub-flow). */
export function isChain(value: unknown): value is Record<string, (...args: unknown[]) => unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === chainPrototype
}

export function isChainMethod(name: string): boolean {
  return chainMethods.has(name)
}
