import type { Chain } from './chain.js'
import { Cursor } from './cursor.js'
import type { NodeEntry } from './node-entry.js'

/** A flow before its `start` node: every flow has exactly one, so `start()` is the only way in. */
export interface FlowStart {
  /** The `start` node (id `start` unless given), and the flow's own chain after it. */
  start(): Chain<NodeEntry<'start'>, true>
  start<const Id extends string>(id: Id): Chain<NodeEntry<Id>, true>
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
  return { start: (id: unknown = 'start') => Cursor.start(id) } as unknown as FlowStart
}
