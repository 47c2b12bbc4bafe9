import { describe, expect, it } from 'vitest'
import { type CliOptions, flagName, parseFlags, renderOptionsHelp, renderOptionsMarkdown } from '../src/cli-options.js'
import { lintOptions } from '../src/commands/lint/options.js'
import { ExitError } from '../src/exit-error.js'

function usageMessage(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof ExitError && error.exitCode === 2 && error.showUsageHint) return error.message
    throw error
  }
  throw new Error('expected a usage error')
}

/** A flag with choices, as a command may have. */
const colorOptions: CliOptions<{ color: string; dryRun: boolean }> = {
  color: { argument: '<when>', choices: ['auto', 'never'], default: 'auto', description: 'When to colour' },
  dryRun: { default: false, description: 'Only say what would happen' },
}

describe('flagName', () => {
  it('turns a camel-case key into a kebab-case flag', () => {
    expect(flagName('maxWarnings')).toBe('max-warnings')
    expect(flagName('quiet')).toBe('quiet')
  })
})

describe('parseFlags', () => {
  it('gives every flag its default when none is typed', () => {
    expect(parseFlags(['flows'], lintOptions)).toEqual({
      flags: { format: [], outputFile: undefined, maxWarnings: undefined, quiet: false, rule: [], config: undefined, noConfig: false, printConfig: undefined, moduleTimeout: 30, suppressAll: false, suppressRule: [], pruneSuppressions: false, help: false },
      positionals: ['flows'],
    })
  })

  it('reads long flags, short flags and inline values', () => {
    const { flags } = parseFlags(['-f', 'json', '--output-file=out/report.json', '--max-warnings', '3', '--quiet', 'flows'], lintOptions)
    expect(flags).toMatchObject({ format: ['json'], outputFile: 'out/report.json', maxWarnings: 3, quiet: true })
  })

  it('collects a repeatable flag in the order typed', () => {
    const { flags } = parseFlags(['--rule', 'a: off', '--rule=b: warn'], lintOptions)
    expect(flags.rule).toEqual(['a: off', 'b: warn'])
  })

  it('keeps operands wherever they stand, and after --', () => {
    expect(parseFlags(['a', '--quiet', 'b', '--', '--c'], lintOptions).positionals).toEqual(['a', 'b', '--c'])
  })

  it('rejects an unknown flag, naming it as typed', () => {
    expect(usageMessage(() => parseFlags(['--fromat', 'json'], lintOptions))).toBe("Unknown option '--fromat'; did you mean '--format'?")
    expect(usageMessage(() => parseFlags(['--colour'], lintOptions))).toBe("Unknown option '--colour'.")
    expect(usageMessage(() => parseFlags(['-x'], lintOptions))).toBe("Unknown option '-x'.")
  })

  it('rejects a value outside the choices, listing them', () => {
    expect(usageMessage(() => parseFlags(['--color', 'blue'], colorOptions))).toBe("Option '--color' must be one of auto, never; got 'blue'.")
  })

  it('rejects a flag that needs a value and has none', () => {
    expect(usageMessage(() => parseFlags(['--output-file'], lintOptions))).toBe("Option '--output-file' needs a value: --output-file <path>.")
  })

  it('takes a flag after a flag that needs a value for a forgotten value, not for the value', () => {
    expect(usageMessage(() => parseFlags(['--format', '--quiet'], lintOptions))).toBe(
      "Option '--format' needs a value: --format <format>[:<path>].",
    )
    expect(usageMessage(() => parseFlags(['--color', '--dry-run'], colorOptions))).toBe("Option '--color' needs a value: --color <auto|never>.")
  })

  it('rejects a value given to a switch', () => {
    expect(usageMessage(() => parseFlags(['--quiet=yes'], lintOptions))).toBe("Option '--quiet' takes no value.")
  })

  it("runs a flag's own parser on its value", () => {
    expect(usageMessage(() => parseFlags(['--max-warnings', 'ten'], lintOptions))).toBe(
      "Option '--max-warnings' must be a whole number of warnings, 0 or more; got 'ten'.",
    )
    expect(usageMessage(() => parseFlags(['--max-warnings=-1'], lintOptions))).toContain("got '-1'")
  })

  it('reads --module-timeout as seconds, fractions too, and rejects anything not above 0', () => {
    expect(parseFlags(['--module-timeout', '2.5'], lintOptions).flags.moduleTimeout).toBe(2.5)
    for (const value of ['0', 'soon', '-1', '1e3']) {
      expect(usageMessage(() => parseFlags([`--module-timeout=${value}`], lintOptions))).toBe(
        `Option '--module-timeout' must be a number of seconds greater than 0; got '${value}'.`,
      )
    }
  })

  it('never hands out the default list itself', () => {
    const first = parseFlags([], lintOptions).flags
    first.rule.push('changed: off')
    expect(parseFlags([], lintOptions).flags.rule).toEqual([])
  })
})

interface ExampleFlags {
  name: string | undefined
  tag: string[]
  dryRun: boolean
}

const exampleOptions: CliOptions<ExampleFlags> = {
  name: { short: 'n', argument: '<name>', default: undefined, description: 'Who to greet' },
  tag: { argument: '<tag>', multiple: true, default: [], description: 'A label | with a bar' },
  dryRun: { default: false, description: 'Only say what would happen' },
}

describe('renderOptionsHelp', () => {
  it('prints one line per flag with the descriptions aligned', () => {
    expect(renderOptionsHelp(exampleOptions)).toBe(
      [
        '  -n, --name <name>  Who to greet',
        '      --tag <tag>    A label | with a bar (repeatable)',
        '      --dry-run      Only say what would happen',
      ].join('\n'),
    )
  })

  it('shows a string default and the choices of a flag', () => {
    expect(renderOptionsHelp(colorOptions)).toContain('--color <auto|never>  When to colour (default: auto)')
  })
})

describe('renderOptionsMarkdown', () => {
  it('renders a table whose cells escape the pipe of Markdown tables', () => {
    expect(renderOptionsMarkdown(exampleOptions)).toBe(
      [
        '| Option | Value | Default | Description |',
        '| --- | --- | --- | --- |',
        '| `--name`, `-n` | `<name>` |  | Who to greet. |',
        '| `--tag` | `<tag>` |  | A label \\| with a bar. Repeatable. |',
        '| `--dry-run` |  |  | Only say what would happen. |',
      ].join('\n'),
    )
  })
})
