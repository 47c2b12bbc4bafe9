import type { Chain, NodeOptions } from './chain.js'
import { Cursor } from './cursor.js'
import type { EntriesOf, NodeEntry } from './node-entry.js'
import type { Closed, Path } from './routes.js'

/**
 * A flow before its `start` node: every flow has exactly one, so `start()` is the way in. `E` holds
 * the nodes written on their own before it (`also`), when the flow's node order puts some there.
 */
export interface FlowStart<E extends NodeEntry = never> {
  /** The `start` node (id `start` unless given), and the flow's own chain after it. */
  start(): Chain<E | NodeEntry<'start'>, true>
  start<const Id extends string>(id: Id, options?: NodeOptions): Chain<E | NodeEntry<Id>, true>

  /** Writes a sub-chain on its own, before the start node, reached only by id (see `Chain.also`). */
  also<Result extends Closed<NodeEntry>>(subFlow: (path: Path) => Result): FlowStart<E | EntriesOf<Result>>
}

/**
 * Begins a flow. Write it as one chain from `start()` to `end()`:
 *
 * ```ts
 * export default flow()
 *   .start()
 *   .converse('greeting', 'Say: Hi! I need to verify your identity. Ready?')
 *   .recognize('recognition', { recognized: 'welcome_back', newUser: 'next', noFace: 'next' })
 *   .end()
 * ```
 */
export function flow(): FlowStart {
  // The one place the typed face (`Chain`) meets its runtime (`Cursor`): the types follow the nodes, the cursor writes them.
  return Cursor.begin() as unknown as FlowStart
}
