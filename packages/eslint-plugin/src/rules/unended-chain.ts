import type { AnyRuleModule } from '@fsflow/analyzer'

/**
 * The builder's own check, as `fsflow lint` and `fsflow build` report it: a chain exported or built
 * without `.end()` or `.goto(id)`. The builder finds it, not the analyzer, so this module only
 * describes it for ESLint; what it reports comes from the builder (see builder-source.ts).
 */
export const unendedChain: AnyRuleModule = {
  name: 'unended-chain',
  meta: {
    type: 'problem',
    docs: {
      description: 'Every builder chain ends with `.end()` or `.goto(id)`.',
      recommended: 'error',
      url: 'https://github.com/fsflow/fsflow/blob/main/docs/builder.md#branching-and-rejoining',
    },
    messages: { neverEnded: 'the chain ending at `.{{call}}(…)`{{where}} was never ended: add `.end()` or `.goto(id)`' },
  },
  defaultOptions: {},
  create() {
    // Nothing for the analyzer to find in a document: the open end is known only to the builder.
  },
}
