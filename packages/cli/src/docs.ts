import { renderOptionsMarkdown } from './cli-options.js'
import { commands } from './commands/index.js'
import { globalOptions } from './help.js'

/** Where the generated options reference starts in docs/cli.md. */
export const optionsStartMarker = '<!-- generated:options:start -->'
/** Where it ends. */
export const optionsEndMarker = '<!-- generated:options:end -->'

/** The options section of docs/cli.md, rendered from the same tables as the parser and `--help`. */
export function renderOptionsReference(): string {
  return [
    '<!-- Generated from the option tables in packages/cli/src by `npm run generate`; do not edit. -->',
    ...Object.entries(commands).flatMap(([name, command]) => ['', `\`fsflow ${name}\` takes:`, '', renderOptionsMarkdown(command.options)]),
    '',
    '`fsflow` itself, without a command, takes:',
    '',
    renderOptionsMarkdown(globalOptions),
  ].join('\n')
}

/** A Markdown text with its options section (between the markers) regenerated. */
export function withOptionsReference(markdown: string): string {
  const start = markdown.indexOf(optionsStartMarker)
  const end = markdown.indexOf(optionsEndMarker)
  if (start < 0 || end < start) throw new Error(`the text has no ${optionsStartMarker} … ${optionsEndMarker} section`)
  return `${markdown.slice(0, start + optionsStartMarker.length)}\n${renderOptionsReference()}\n${markdown.slice(end)}`
}

/** The picture of a flow in docs/cli.md (relative to the repository's root), and the `fsflow` arguments that draw it there. */
export const graphPicture = {
  path: 'docs/images/account-recovery.svg',
  args: ['graph', 'examples/account-recovery.flow.json', '--format', 'svg', '--no-config'],
} as const
