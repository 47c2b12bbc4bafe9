import { parseArgs } from 'node:util'
import { nearestMatch } from '@fsflow/analyzer'
import { usageError } from './exit-error.js'

/** What a flag's type asks of its description: a switch, a repeatable value, or one value. */
type OptionKind<Value> = [Value] extends [boolean]
  ? { argument?: undefined; multiple?: undefined; parse?: undefined }
  : [Value] extends [readonly string[]]
    ? { argument: string; multiple: true; parse?: undefined }
    : [Value] extends [string | undefined]
      ? { argument: string; multiple?: undefined; parse?: (text: string, flag: string) => Value }
      : { argument: string; multiple?: undefined; parse: (text: string, flag: string) => Value }

/**
 * One command-line flag, described once: the parser, `--help` and docs/cli.md all read it. The flag
 * is the kebab-case of its key (`maxWarnings` is `--max-warnings`).
 */
export type CliOption<Value> = {
  description: string
  /** A one-letter alias, as in `-f json`. */
  short?: string
  /** The value when the flag is not given. */
  default: Value
  /** The only values accepted; the help lists them as the argument. */
  choices?: readonly string[]
} & OptionKind<Value>

/** A command's flags as data, typed against the options object the command receives. */
export type CliOptions<Flags> = { readonly [Key in keyof Flags]-?: CliOption<Flags[Key]> }

/** Any option, whatever its value's type: how the parser and the help renderers see one. */
export interface AnyCliOption {
  description: string
  short?: string
  default: unknown
  choices?: readonly string[]
  argument?: string
  multiple?: boolean
  parse?: (text: string, flag: string) => unknown
}

/** Any command's option table, its value types forgotten. */
export type OptionTable = Readonly<Record<string, AnyCliOption>>

/** `maxWarnings` → `max-warnings`. */
export function flagName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
}

interface FlagSpec {
  key: string
  name: string
  option: AnyCliOption
}

function specsOf(options: OptionTable): FlagSpec[] {
  return Object.entries(options).map(([key, option]) => ({ key, name: flagName(key), option }))
}

/**
 * Parses a command's arguments against its option table. Every mistake (an unknown flag, a missing
 * or rejected value) is a usage error that names the flag as the user typed it.
 */
export function parseFlags<Flags extends object>(args: readonly string[], options: CliOptions<Flags>): { flags: Flags; positionals: string[] } {
  const specs = specsOf(options)
  const byName = new Map<string, FlagSpec>()
  for (const spec of specs) {
    byName.set(spec.name, spec)
    if (spec.option.short !== undefined) byName.set(spec.option.short, spec)
  }
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(
      specs.map(({ name, option }) => {
        const type = option.argument === undefined ? ('boolean' as const) : ('string' as const)
        return [name, option.short === undefined ? { type } : { type, short: option.short }] as const
      }),
    ),
    allowPositionals: true,
    strict: false,
    tokens: true,
  })

  const values = new Map<string, unknown>()
  const positionals: string[] = []
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value)
    if (token.kind !== 'option') continue
    const spec = byName.get(token.name)
    if (spec === undefined) throw usageError(`Unknown option '${token.rawName}'${suggestionFor(token.rawName, specs)}`)
    const { key, name, option } = spec
    if (option.argument === undefined) {
      if (token.value !== undefined) throw usageError(`Option '--${name}' takes no value.`)
      values.set(key, true)
      continue
    }
    const text = token.value
    // Without `=`, a value that looks like a flag is more likely a forgotten value than a value.
    if (text === undefined || text === '' || (!token.inlineValue && text.startsWith('-'))) {
      throw usageError(`Option '--${name}' needs a value: --${name} ${argumentOf(option)}.`)
    }
    if (option.choices !== undefined && !option.choices.includes(text)) {
      throw usageError(`Option '--${name}' must be one of ${option.choices.join(', ')}; got '${text}'.`)
    }
    if (option.multiple === true) values.set(key, [...((values.get(key) as string[] | undefined) ?? []), text])
    else values.set(key, option.parse === undefined ? text : option.parse(text, `--${name}`))
  }

  // A default list is copied, so that no caller can change the table through its flags.
  const fallback = (value: unknown): unknown => (Array.isArray(value) ? [...(value as unknown[])] : value)
  const flags = Object.fromEntries(specs.map(({ key, option }) => [key, values.has(key) ? values.get(key) : fallback(option.default)]))
  // Each value above was made by its own option's parser, so it has that option's type.
  return { flags: flags as Flags, positionals }
}

/** `; did you mean '--format'?` for a mistyped flag close to one of the command's, else a full stop. */
function suggestionFor(rawName: string, specs: readonly FlagSpec[]): string {
  const flags = specs.flatMap(({ name, option }) => [`--${name}`, ...(option.short === undefined ? [] : [`-${option.short}`])])
  const suggestion = nearestMatch(rawName, flags)
  return suggestion === undefined ? '.' : `; did you mean '${suggestion}'?`
}

function argumentOf(option: AnyCliOption): string {
  return option.choices === undefined ? (option.argument ?? '') : `<${option.choices.join('|')}>`
}

function defaultOf(option: AnyCliOption): string | undefined {
  const value = option.default
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

function usageOf({ name, option }: FlagSpec): string {
  const long = `--${name}${option.argument === undefined ? '' : ` ${argumentOf(option)}`}`
  return option.short === undefined ? `    ${long}` : `-${option.short}, ${long}`
}

/** The options section of `--help`: one aligned line per flag. */
export function renderOptionsHelp(options: OptionTable): string {
  const specs = specsOf(options)
  const usages = specs.map(usageOf)
  const width = Math.max(...usages.map((usage) => usage.length))
  return specs
    .map((spec, index) => {
      const fallback = defaultOf(spec.option)
      const repeat = spec.option.multiple === true ? ' (repeatable)' : ''
      const description = `${spec.option.description}${repeat}${fallback === undefined ? '' : ` (default: ${fallback})`}`
      return `  ${usages[index]!.padEnd(width)}  ${description}`
    })
    .join('\n')
}

/** The options of a command as a Markdown table, for docs/cli.md. */
export function renderOptionsMarkdown(options: OptionTable): string {
  const cell = (text: string): string => text.replaceAll('|', '\\|')
  const code = (text: string): string => `\`${cell(text)}\``
  const rows = specsOf(options).map(({ name, option }) => {
    const flag = [`--${name}`, ...(option.short === undefined ? [] : [`-${option.short}`])].map(code).join(', ')
    const value = option.argument === undefined ? '' : code(argumentOf(option))
    const fallback = defaultOf(option)
    const repeat = option.multiple === true ? ' Repeatable.' : ''
    return `| ${flag} | ${value} | ${fallback === undefined ? '' : code(fallback)} | ${cell(option.description)}.${repeat} |`
  })
  return ['| Option | Value | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n')
}
