import { existsSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { defaultSettings } from '@fsflow/analyzer'
import { ExitError } from '../exit-error.js'
import type { FlowConfig } from './flow-config.js'

/**
 * `--print-config <file>`: the config that applies to one file, as JSON, as ESLint prints it: every
 * rule with its severity (0, 1, 2) and options, the settings, the plugins (`namespace:name@version`)
 * and the suppressions. Exit 2 for a file the config ignores.
 */
export function printConfig(config: FlowConfig, file: string, cwd: string): string {
  const filePath = resolve(cwd, file)
  const fileConfig = config.forFile(filePath)
  if (fileConfig === undefined) {
    const by = config.configFile === undefined ? 'a default ignore (node_modules, .git)' : `the ignores of ${relative(cwd, config.configFile) || config.configFile}`
    throw new ExitError(2, `'${file}' is ignored by ${by}: no config applies to it.`)
  }
  const { resolved, ruleSet } = fileConfig
  const running = new Map(ruleSet.map((active) => [active.id, active]))
  const rules: Record<string, unknown[]> = {}
  for (const id of new Set([...ruleSet.map((active) => active.id), ...Object.keys(resolved.rules)])) {
    const active = running.get(id)
    if (id === 'invalid-json') rules[id] = [2]
    else if (active === undefined) rules[id] = [0]
    else rules[id] = hasOptions(active.options) ? [active.severity, active.options] : [active.severity]
  }
  const printed = {
    configFile: config.configFile === undefined ? null : relative(cwd, config.configFile) || config.configFile,
    ...(existsSync(filePath) ? {} : { note: 'the file does not exist; this is what would apply to it' }),
    rules,
    settings: { ...defaultSettings, ...resolved.settings },
    plugins: Object.entries(resolved.plugins).map(([namespace, { meta }]) => `${namespace}:${meta.name}${meta.version === undefined ? '' : `@${meta.version}`}`),
    suppress: resolved.suppress.map((entry) => ({ ...entry, configFile: relative(cwd, entry.configFile) || entry.configFile })),
  }
  // A rule without options on one line: `"start-node": [2]`.
  return `${JSON.stringify(printed, null, 2).replace(/\[\n\s*(\d)\n\s*\]/g, '[$1]')}\n`
}

function hasOptions(options: unknown): boolean {
  return typeof options === 'object' && options !== null && Object.keys(options).length > 0
}
