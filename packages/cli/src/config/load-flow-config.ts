import { existsSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { type Plugin, ConfigError, checkConfig, createRuleSet } from '@fsflow/analyzer'
import { ExitError, usageError } from '../exit-error.js'
import { parseRuleFlags } from '../commands/lint/rule-flag.js'
import { findConfigFile } from './find-config-file.js'
import { FlowConfig } from './flow-config.js'
import { ConfigLoadError, loadConfigFile } from './load-config-file.js'

/** The flags every command that lints shares about configuration. */
export interface ConfigFlags {
  readonly config: string | undefined
  readonly noConfig: boolean
  readonly rule: readonly string[]
}

/**
 * The config a command runs with: the file `--config` names, else `fsflow.config.*` found from the
 * working folder upward (to the repository's root), else none (`--no-config` also means none);
 * with the `--rule` flags over it. Exit 2 for a config that cannot be read, run or used, naming the
 * file and the key path of what is wrong.
 */
export async function loadFlowConfig(flags: ConfigFlags, cwd: string): Promise<FlowConfig> {
  if (flags.config !== undefined && flags.noConfig) throw usageError("Options '--config' and '--no-config' cannot be used together.")
  const configFile = flags.noConfig ? undefined : flags.config === undefined ? findConfigFile(cwd) : resolve(cwd, flags.config)
  if (configFile === undefined) return new FlowConfig([], undefined, cwd, ruleFlagsOf(flags.rule, {}))
  const shown = relative(cwd, configFile) || configFile
  if (!existsSync(configFile)) throw new ExitError(2, `Cannot find the config file '${shown}'.`)
  let objects
  try {
    objects = checkConfig(await loadConfigFile(configFile))
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ConfigLoadError) throw new ExitError(2, `${shown}: ${error.message}`)
    throw error
  }
  const plugins: Record<string, Plugin> = {}
  for (const object of objects) Object.assign(plugins, object.plugins)
  return new FlowConfig(objects, configFile, dirname(configFile), ruleFlagsOf(flags.rule, plugins), shown)
}

/** The `--rule` flags, each checked against the built-in rules and the config's plugins. */
function ruleFlagsOf(values: readonly string[], plugins: Readonly<Record<string, Plugin>>): ReturnType<typeof parseRuleFlags> {
  const rules = parseRuleFlags(values)
  try {
    createRuleSet({ rules, plugins })
  } catch (error) {
    if (error instanceof ConfigError) throw new ExitError(2, `Invalid --rule: ${error.message}.`)
    throw error
  }
  return rules
}
