// Renders the rules table of docs/rules/README.md from rule metadata. Used by generate.js and by
// packages/analyzer/tests/docs.test.ts, which fails when the committed table is stale.

export const tableStart = '<!-- generated:rules:start -->'
export const tableEnd = '<!-- generated:rules:end -->'

const severityNames = { error: 'error', warn: 'warning' }

/** @param {string} text */
function cell(text) {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ')
}

/**
 * The Markdown table of every rule: id linked to its page, default severity, description.
 * @param {readonly { name: string, meta: { docs: { description: string, recommended: 'error' | 'warn' }, alwaysOn?: boolean } }[]} rules
 */
export function renderRulesTable(rules) {
  const rows = rules.map(
    (rule) =>
      `| [\`${rule.name}\`](./${rule.name}.md) | ${severityNames[rule.meta.docs.recommended]}${rule.meta.alwaysOn === true ? ', always' : ''} | ${cell(rule.meta.docs.description)} |`,
  )
  return [
    tableStart,
    '<!-- Generated from the rules\' metadata by `npm run generate`; do not edit between these markers. -->',
    '',
    '| rule | default | description |',
    '| --- | --- | --- |',
    ...rows,
    '',
    tableEnd,
  ].join('\n')
}

/**
 * The README text with the part between the markers replaced by a fresh table.
 * @param {string} readme
 * @param {Parameters<typeof renderRulesTable>[0]} rules
 */
export function withRulesTable(readme, rules) {
  const start = readme.indexOf(tableStart)
  const end = readme.indexOf(tableEnd)
  if (start === -1 || end < start) throw new Error(`docs/rules/README.md needs the markers ${tableStart} and ${tableEnd}`)
  return readme.slice(0, start) + renderRulesTable(rules) + readme.slice(end + tableEnd.length)
}
