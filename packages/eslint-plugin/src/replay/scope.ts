import type { TSESTree } from '@typescript-eslint/types'
import { Unresolved } from './unresolved.js'

/** A name's state while a file is replayed in order: not yet initialised, known, or unknowable. */
type Binding =
  | { readonly state: 'declared'; readonly node: TSESTree.Node }
  | { readonly state: 'known'; readonly value: unknown }
  | { readonly state: 'unresolved'; readonly why: Unresolved | string }

/** The names of one function body or of the module, with the scope around it. */
export class Scope {
  readonly #bindings = new Map<string, Binding>()

  constructor(readonly parent: Scope | undefined) {}

  /** A name whose declaration has not run yet (the temporal dead zone of `const` and `let`). */
  declare(name: string, node: TSESTree.Node): void {
    this.#bindings.set(name, { state: 'declared', node })
  }

  define(name: string, value: unknown): void {
    this.#bindings.set(name, { state: 'known', value })
  }

  /**
   * A name that holds something the replay cannot know: using it stops the replay, where its value
   * was to be computed (an `Unresolved`), or at the use (a reason: an import from another file).
   */
  defineUnresolved(name: string, why: Unresolved | string): void {
    this.#bindings.set(name, { state: 'unresolved', why })
  }

  has(name: string): boolean {
    return this.#bindings.has(name) || (this.parent?.has(name) ?? false)
  }

  /** The value of a name as code at `use` would read it; throws `Unresolved` when it cannot be known. */
  read(name: string, use: TSESTree.Node): unknown {
    const binding = this.#bindings.get(name)
    if (binding === undefined) {
      if (this.parent !== undefined) return this.parent.read(name, use)
      throw new Unresolved(use, `\`${name}\` is not declared in this file`)
    }
    if (binding.state === 'known') return binding.value
    if (binding.state === 'unresolved') throw typeof binding.why === 'string' ? new Unresolved(use, binding.why) : binding.why
    throw new Unresolved(use, `\`${name}\` is used before its declaration runs`)
  }
}
