import { z } from 'zod/v4'

/**
 * Analysis settings every rule shares, set once in a config's `settings` rather than per rule. A
 * plugin keeps settings of its own under its namespace (`settings: { acme: { … } }`).
 */
export interface FlowSettings {
  /** The avatar's speaking pace, used to turn prompt words into seconds (default 150). */
  readonly wordsPerMinute?: number
  /** A plugin's own settings, under its namespace. */
  readonly [namespace: string]: unknown
}

/** The settings a rule sees: every shared setting has a value. */
export interface RuleSettings extends FlowSettings {
  readonly wordsPerMinute: number
}

/** The shared settings when a config sets none. */
export const defaultSettings: RuleSettings = { wordsPerMinute: 150 }

/** The schema of each shared setting, by name. */
export const settingSchemas: Readonly<Record<string, z.ZodType>> = {
  wordsPerMinute: z.number().positive(),
}

/** The settings a config gives, over the defaults. */
export function withDefaultSettings(settings: FlowSettings | undefined): RuleSettings {
  return settings === undefined ? defaultSettings : { ...defaultSettings, ...settings }
}
