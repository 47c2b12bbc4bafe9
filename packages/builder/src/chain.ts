import type {
  AwaitExternal,
  ConversationNode,
  DataValidationNode,
  ExternalCallNode,
  FieldConditionRule,
  KeyedOutcomeNodeType,
  NodeOfType,
  OutcomeKey,
} from '@fsflow/schema'
import type { EntriesOf, NodeEntry, Typed } from './node-entry.js'
import type { After, Branch, BranchIds, CheckedRoutes, Closed, Continues, IsOpen, KeyedRoutes, Next, Path, PathEnd, Route, SubFlowEntries } from './routes.js'

/** The fields of a node type a builder method takes: all but id, type and the outcomes it wires itself. */
export type NodeSettings<T extends KeyedOutcomeNodeType> = Omit<NodeOfType<T>, 'id' | 'type' | 'outcomes'>

/**
 * What every node method also takes: fields FaceSign's schema does not have (yet), written into the
 * node as given. `fsflow lint` warns about each (`unknown-field`); what `fsflow import` writes for them.
 */
export interface NodeOptions {
  readonly unknownFields?: Readonly<Record<string, unknown>>
}

/** How a chain ends at an end node: where the end node is written, and its unknown fields. */
export interface EndOptions extends NodeOptions {
  /**
   * `'here'` writes the end node at this point of the node order; by default (`'last'`) end nodes
   * come after every other node. Place each end node once at most.
   */
  readonly placed?: 'here' | 'last'
}

/** `awaitExternal` of a conversation, with a route for each exit. */
export type AwaitExternalRoutes = { readonly [K in keyof AwaitExternal as K extends 'exits' ? never : K]: AwaitExternal[K] } & {
  readonly exits: { readonly [K in keyof AwaitExternal['exits']]: Route }
}

/** How a conversation continues: one outcome that continues the chain, or branches. */
export type ConverseOptions = Omit<ConversationNode, 'id' | 'type' | 'prompt' | 'outcomes' | 'awaitExternal'> & {
  readonly awaitExternal?: AwaitExternalRoutes
} & NodeOptions & (
    | {
        /** Id of the single outcome; defaults to `done`. */
        readonly outcome?: string
        /** Its condition; defaults to `''` (always). */
        readonly when?: string
        readonly outcomes?: never
      }
    | { readonly outcomes: readonly Branch[]; readonly outcome?: never; readonly when?: never }
  )

/** A `field_condition` rule: the rule's fields from the schema, and where it goes when it matches. */
export type ConditionRule = Omit<FieldConditionRule, 'outcome'> & { readonly to: Route } & NodeOptions

type ConversationOutcomes<O> =
  | (O extends { readonly outcomes: infer B extends readonly Branch[] }
      ? BranchIds<B>
      : O extends { readonly outcome: infer Id extends string }
        ? Id
        : 'done')
  | (O extends { readonly awaitExternal: object } ? keyof AwaitExternal['exits'] : never)

type ConversationRoutes<O> =
  | (O extends { readonly outcomes: infer B extends readonly Branch[] } ? B[number]['to'] : Next)
  | (O extends { readonly awaitExternal: { readonly exits: infer X } } ? X[keyof X] : never)

/** The chain after a keyed node: its entry, the sub-flows' nodes, open when some route continues. */
type KeyedAfter<E extends NodeEntry, Id extends string, T extends KeyedOutcomeNodeType, R, Root extends boolean> = After<
  E | NodeEntry<Id, OutcomeKey<T>> | SubFlowEntries<R[keyof R]>,
  Continues<R[keyof R]>,
  Root
>

/**
 * A flow being written. Each method adds one node and links the chain's open continuation to it; a
 * branching node takes, per outcome, a node id, `'next'` (continue this chain) or a sub-flow
 * `(path) => path...` that rejoins the chain after the node unless it ends or jumps.
 *
 * `E` is the union of the nodes written so far (see `NodeEntry`); `Root` is true for the flow's own
 * chain, whose end is the whole flow, and false for sub-flows.
 */
export interface Chain<E extends NodeEntry, Root extends boolean> extends Typed<E, 'open'> {
  /**
   * A `conversation` node: the avatar speaks the prompt (`Say: …` verbatim) or pursues it as a goal.
   * Without `outcomes` it has one outcome (`done`, condition `''`) that continues the chain.
   * @example .converse('greeting', 'Say: Hi! I need to verify your identity. Ready?', { outcome: 'g1', when: 'User has responded' })
   */
  converse<const Id extends string>(id: Id, prompt: ConversationNode['prompt']): Chain<E | NodeEntry<Id, 'done'>, Root>
  converse<const Id extends string, const O extends ConverseOptions>(
    id: Id,
    prompt: ConversationNode['prompt'],
    options: O,
  ): After<E | NodeEntry<Id, ConversationOutcomes<O>> | SubFlowEntries<ConversationRoutes<O>>, Continues<ConversationRoutes<O>>, Root>

  /** A `recognition` node: 1:N face matching. Outcomes `recognized`, `newUser`, `noFace`. */
  recognize<const Id extends string, const R extends KeyedRoutes<'recognition'>>(
    id: Id,
    routes: R & CheckedRoutes<R, 'recognition'>,
    settings?: NodeOptions,
  ): KeyedAfter<E, Id, 'recognition', R, Root>

  /**
   * A `liveness_detection` node. Outcomes `livenessDetected`, `deepfakeDetected`, `noFace` and the
   * optional `inconclusive` (left out, FaceSign sends it to the `noFace` target; `otherwise` covers it).
   */
  liveness<const Id extends string, const R extends KeyedRoutes<'liveness_detection'>>(
    id: Id,
    routes: R & CheckedRoutes<R, 'liveness_detection'>,
    settings?: NodeOptions,
  ): KeyedAfter<E, Id, 'liveness_detection', R, Root>

  /** An `enter_email` node: the user types an email address. Outcomes `emailEntered`, `canceled`. */
  enterEmail<const Id extends string, const R extends KeyedRoutes<'enter_email'>>(
    id: Id,
    routes: R & CheckedRoutes<R, 'enter_email'>,
    settings?: NodeSettings<'enter_email'> & NodeOptions,
  ): KeyedAfter<E, Id, 'enter_email', R, Root>

  /**
   * A `data_validation` node: checks a field of session data and routes on conditions, like a conversation.
   * @example .validateData('check_email', { field: 'email', action: 'matches_provided' }, { outcomes: [...] })
   */
  validateData<const Id extends string, const B extends readonly Branch[]>(
    id: Id,
    validation: DataValidationNode['validation'],
    options: { readonly outcomes: B } & NodeOptions,
  ): After<E | NodeEntry<Id, BranchIds<B>> | SubFlowEntries<B[number]['to']>, Continues<B[number]['to']>, Root>

  /** A `document_scan` node. Outcomes `scanSuccess`, `userCancelled`, `scanTimeout`. */
  scanDocument<const Id extends string, const R extends KeyedRoutes<'document_scan'>>(
    id: Id,
    routes: R & CheckedRoutes<R, 'document_scan'>,
    settings: NodeSettings<'document_scan'> & NodeOptions,
  ): KeyedAfter<E, Id, 'document_scan', R, Root>

  /** A `face_scan` node: captures a face. Outcomes `passed`, `notPassed`, `cancelled`, `error`. */
  faceScan<const Id extends string, const R extends KeyedRoutes<'face_scan'>>(
    id: Id,
    routes: R & CheckedRoutes<R, 'face_scan'>,
    settings?: NodeSettings<'face_scan'> & NodeOptions,
  ): KeyedAfter<E, Id, 'face_scan', R, Root>

  /** A `two_factor_email` node: a one-time code by email. Outcomes `verified`, `delivery_failed`, `failed_unverified`, `cancelled`, `error`. */
  twoFactorEmail<const Id extends string, const R extends KeyedRoutes<'two_factor_email'>>(
    id: Id,
    routes: R & CheckedRoutes<R, 'two_factor_email'>,
    settings?: NodeSettings<'two_factor_email'> & NodeOptions,
  ): KeyedAfter<E, Id, 'two_factor_email', R, Root>

  /** A `two_factor_sms` node: a one-time code by SMS. Outcomes as `twoFactorEmail`. */
  twoFactorSms<const Id extends string, const R extends KeyedRoutes<'two_factor_sms'>>(
    id: Id,
    routes: R & CheckedRoutes<R, 'two_factor_sms'>,
    settings?: NodeSettings<'two_factor_sms'> & NodeOptions,
  ): KeyedAfter<E, Id, 'two_factor_sms', R, Root>

  /** A `permissions` node: asks for camera and microphone. Outcomes `permissionsGranted`, `permissionsDenied`. */
  permissions<const Id extends string, const R extends KeyedRoutes<'permissions'>>(
    id: Id,
    routes: R & CheckedRoutes<R, 'permissions'>,
    settings: NodeSettings<'permissions'> & NodeOptions,
  ): KeyedAfter<E, Id, 'permissions', R, Root>

  /** A `face_compare` node: compares two faces. Outcomes `match`, `noMatch`, `imageUnavailable`. */
  faceCompare<const Id extends string, const R extends KeyedRoutes<'face_compare'>>(
    id: Id,
    routes: R & CheckedRoutes<R, 'face_compare'>,
    settings: NodeSettings<'face_compare'> & NodeOptions,
  ): KeyedAfter<E, Id, 'face_compare', R, Root>

  /** An `external_call` node: calls your backend, then continues the chain (it never branches). */
  callExternal<const Id extends string>(id: Id, request: ExternalCallNode['request'], options?: NodeOptions): Chain<E | NodeEntry<Id>, Root>

  /**
   * A `field_condition` node: deterministic routing on session data. The first matching rule wins,
   * else `otherwise` (the node's `default`).
   */
  fieldCondition<const Id extends string, const S extends { readonly rules: readonly ConditionRule[]; readonly otherwise: Route } & NodeOptions>(
    id: Id,
    spec: S,
  ): After<
    E | NodeEntry<Id> | SubFlowEntries<S['rules'][number]['to'] | S['otherwise']>,
    Continues<S['rules'][number]['to'] | S['otherwise']>,
    Root
  >

  /**
   * Ends the chain at an `end` node (id `end` unless given). End nodes are written after every other
   * node, once per id, however many chains end there, unless placed: `{ placed: 'here' }`.
   */
  end(): After<E | NodeEntry<'end', never>, false, Root>
  end<const Id extends string>(id: Id, options?: EndOptions): After<E | NodeEntry<Id, never>, false, Root>

  /** Ends the chain by linking it to a node by id (defined before or after): a jump, a loop, a merge. */
  goto(id: string): After<E, false, Root>

  /**
   * Writes a sub-chain on its own at this point of the flow: nothing links to its first node but ids
   * (a shared ending that many outcomes go to by id). It must end or jump; this chain then goes on
   * as it was, its open outcomes still waiting for the next node.
   * @example .also((path) => path.converse('refused', 'Say: Sorry, we cannot go on.', { doesNotRequireReply: true }).end())
   */
  also<Result extends Closed<NodeEntry>>(subFlow: (path: Path) => Result): Chain<E | EntriesOf<Result>, Root>

  /** Continues the chain with a shared sub-flow: a function that takes a path and returns it continued. */
  pipe<Result extends PathEnd>(subFlow: (path: Path) => Result): After<E | EntriesOf<Result>, IsOpen<Result>, Root>
}
