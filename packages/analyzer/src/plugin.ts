import type { AnyRuleModule } from './rule.js'

/**
 * A plugin: rules of a team's own, shared as one object (or one npm package), registered in a config
 * object's `plugins` under a namespace of the user's choosing. Its rules are then named
 * `namespace/rule-id`, and set like built-in rules.
 */
export interface Plugin {
  readonly meta: {
    /** The plugin's name, as its package is named (`fsflow-plugin-acme`). */
    readonly name: string
    readonly version?: string
  }
  /** The plugin's rules, by id (without the namespace), each made with `createRule`. */
  readonly rules: Readonly<Record<string, AnyRuleModule>>
}

/** Plugins by the namespace they are registered under. */
export type Plugins = Readonly<Record<string, Plugin>>
