/**
 * What the types know of one node of a flow: its id and the names of the outcomes it can report in
 * `report.nodeReports[].outcome`. A flow's type carries the union of its nodes' entries.
 */
export interface NodeEntry<Id extends string = string, Outcome extends string = string> {
  readonly id: Id
  readonly outcome: Outcome
}

/** What a typed builder value is: a chain still open, a closed sub-chain, a whole flow, a session body. */
export type TypedState = 'open' | 'closed' | 'flow' | 'session'

/**
 * The type-only record every chain, flow and session carries. It never exists at runtime: it is how
 * the types follow the nodes a chain made, so `outcomeOf` can check node ids and name outcomes.
 */
export interface Typed<E extends NodeEntry, State extends TypedState> {
  readonly '~nodes'?: { readonly entries: E; readonly state: State }
}

/** The node entries of a chain, flow or session type. */
export type EntriesOf<T> = T extends { readonly '~nodes'?: { readonly entries: infer E extends NodeEntry } } ? E : never

/** The ids of the nodes of a flow or session: `NodeIdOf<typeof recoveryFlow>`. */
export type NodeIdOf<F> = EntriesOf<F>['id']

/** The outcome names of one node of a flow or session: `OutcomeOf<typeof recoveryFlow, 'recognition'>`. */
export type OutcomeOf<F, Id extends string> = OutcomeIn<EntriesOf<F>, Id>

type OutcomeIn<E, Id extends string> = E extends NodeEntry<infer EntryId, infer Outcome> ? (Id extends EntryId ? Outcome : never) : never
