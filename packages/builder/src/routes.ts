import type { ConditionalOutcome, Flow, KeyedOutcomeNodeType, NodeOfType, OutcomeKey } from '@fsflow/schema'
import type { Chain } from './chain.js'
import type { EntriesOf, NodeEntry, Typed } from './node-entry.js'

/** The route that continues the chain: the outcome links to whatever the chain adds next. */
export type Next = 'next'

/** What a sub-flow hands back: the path it was given, continued, and still open or closed. */
export type PathEnd = Typed<NodeEntry, 'open' | 'closed'>

/**
 * A sub-flow: a function that takes the path leaving one outcome and continues it. Unless it ends
 * (`.end()`) or jumps (`.goto(id)`), the path rejoins the chain after the branching node.
 */
export type SubFlow = (path: Path) => PathEnd

/** A path as a sub-flow receives it: a chain that has made no nodes yet. Annotate shared sub-flows with it. */
export type Path = Chain<never, false>

/** Where an outcome goes: a node id, `'next'` (continue the chain), or a sub-flow. */
export type Route = string | SubFlow

/** Outcome names a keyed node type must route (`inconclusive` of liveness is optional, as in the schema). */
export type RequiredOutcome<T extends KeyedOutcomeNodeType> = {
  [K in OutcomeKey<T>]-?: undefined extends NodeOfType<T>['outcomes'][K] ? never : K
}[OutcomeKey<T>]

/** Routes of a keyed node: one per outcome name, or `otherwise` for the outcomes not named. */
export type KeyedRoutes<T extends KeyedOutcomeNodeType> = { readonly [K in OutcomeKey<T> | 'otherwise']?: Route }

/**
 * Makes mistakes in a routes object compile errors that say what is wrong: a required outcome neither
 * named nor covered by `otherwise` (the error names it), and a key that is no outcome of the type.
 * (An `otherwise` with nothing left to cover throws when the node is written: checking it in the
 * types would break inference of sub-flow callbacks.)
 */
export type CheckedRoutes<R, T extends KeyedOutcomeNodeType> = ('otherwise' extends keyof R
  ? unknown
  : { readonly [K in Exclude<RequiredOutcome<T>, keyof R>]: Route }) & {
  readonly [K in Exclude<keyof R, OutcomeKey<T> | 'otherwise'>]: NotAnOutcomeOf<T, OutcomeKey<T>>
}

/** The type of a routes key that is no outcome of the node type; its name is the compile error. */
export interface NotAnOutcomeOf<T extends KeyedOutcomeNodeType, Outcomes extends string> {
  readonly '~error': [T, Outcomes]
}

/** One branch of a conversation or data validation: the condition FaceSign's AI judges, and where it goes. */
export interface Branch {
  /** Outcome id, reported in `nodeReports[].outcome`; defaults to `outcome_1`, `outcome_2`, … by position. */
  readonly id?: ConditionalOutcome['id']
  /** Natural-language condition, in English. */
  readonly when: ConditionalOutcome['condition']
  readonly to: Route
  /** Fields of the outcome that FaceSign's schema does not have, written into it as given. */
  readonly unknownFields?: Readonly<Record<string, unknown>>
}

/** Whether a route can leave the chain open after its node: `'next'`, or a sub-flow that ends open. */
type ContinuesOne<V> = V extends string
  ? V extends Next
    ? true
    : string extends V
      ? true // a string known only at runtime might be 'next'
      : false
  : V extends (path: never) => infer Result
    ? StillOpen<Result>
    : false

type StillOpen<Result> = Result extends Typed<NodeEntry, 'closed'> ? false : true

/** `true` when what a sub-flow returned (a union, when it returns different things) may still be open. */
export type IsOpen<Result> = true extends StillOpen<Result> ? true : false

/** `true` when any of the routes (a union) continues the chain after the node. */
export type Continues<Routes> = true extends ContinuesOne<Routes> ? true : false

/** The nodes the sub-flows among the routes (a union) made. */
export type SubFlowEntries<Routes> = Routes extends (path: never) => infer Result ? EntriesOf<Result> : never

/** Default outcome ids of branches, by position: `outcome_1`, `outcome_2`, … */
type Ordinal = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16']
type DefaultBranchId<K> = K extends `${infer N extends number}` ? `outcome_${Ordinal[N] & string}` : `outcome_${number}`

/** The outcome ids of a list of branches: each branch's `id`, or its default. */
export type BranchIds<B extends readonly Branch[]> = {
  [K in keyof B]: B[K] extends { readonly id: infer Id extends string } ? Id : DefaultBranchId<K>
}[number]

/** The chain after a node: still open when some outcome continues it, else closed (a whole flow at the root). */
export type After<E extends NodeEntry, Open extends boolean, Root extends boolean> = Open extends true
  ? Chain<E, Root>
  : Root extends true
    ? BuiltFlow<E>
    : Closed<E>

/** A sub-chain that ended (`.end()`) or jumped (`.goto(id)`): it does not rejoin the chain. */
export type Closed<E extends NodeEntry> = Typed<E, 'closed'>

/** A whole flow, closed: `JSON.stringify(flow)` gives FaceSign's flow JSON. */
export interface BuiltFlow<E extends NodeEntry> extends Typed<E, 'flow'> {
  /** The flow JSON; throws `FlowBuildError` when the flow has an error (any error of the analyzer's recommended rules). */
  build(): Flow
  /** Same as `build()`, so that `JSON.stringify(flow)` gives the flow JSON. */
  toJSON(): Flow
  /** Writes a sub-chain on its own after the flow's nodes, reached only by id (see `Chain.also`). */
  also<Result extends Closed<NodeEntry>>(subFlow: (path: Path) => Result): BuiltFlow<E | EntriesOf<Result>>
}
