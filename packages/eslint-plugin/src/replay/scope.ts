import type { TSESTree } from '@typescript-eslint/types'
import { Unresolved } from './unresolved.js'

/** The name a module's `export default <expression>` is bound to in its scope: no identifier can spell it. */
export const defaultExport = '*default*'

/** A module being replayed: the file its calls are placed in, and its names a `let` cannot be read by. */
export interface ModuleContext {
  readonly fileName: string
  /** Names assigned somewhere in the file: a `let` among them has no value a reader can know. */
  readonly reassigned: ReadonlySet<string>
}

/**
 * A name's state while a file is replayed in order: not yet initialised, known, unknowable, or
 * imported from another replayed module (read there at each use, as ES modules' live bindings are).
 */
type Binding =
  | { readonly state: 'declared'; readonly node: TSESTree.Node }
  | { readonly state: 'known'; readonly value: unknown }
  | { readonly state: 'unresolved'; readonly why: Unresolved | string }
  | { readonly state: 'imported'; readonly read: (use: TSESTree.Node) => unknown }

/** The names of one function body or of the module, with the scope around it. */
export class Scope {
  readonly #bindings = new Map<string, Binding>()
  /** The module whose code this scope belongs to. */
  readonly module: ModuleContext

  constructor(parent: Scope, module?: undefined)
  constructor(parent: undefined, module: ModuleContext)
  constructor(
    readonly parent: Scope | undefined,
    module?: ModuleContext,
  ) {
    this.module = module ?? parent!.module
  }

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

  /** A name bound by an import of another module: `read` gives its value there when it is used. */
  defineImported(name: string, read: (use: TSESTree.Node) => unknown): void {
    this.#bindings.set(name, { state: 'imported', read })
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
    if (binding.state === 'imported') return binding.read(use)
    if (binding.state === 'unresolved') throw typeof binding.why === 'string' ? new Unresolved(use, binding.why) : binding.why
    throw new Unresolved(use, `\`${name}\` is used before its declaration runs`)
  }
}
