import type { TSESTree } from '@typescript-eslint/types'

/** Why a replay stopped: an expression a careful reader of one file cannot know the value of. */
export class Unresolved extends Error {
  override name = 'Unresolved'

  constructor(
    /** The expression that stopped the replay. */
    readonly node: TSESTree.Node,
    readonly reason: string,
    /** True when the builder itself rejected the call, as it would when the module runs. */
    readonly rejectedByBuilder = false,
  ) {
    super(reason)
  }
}
