// Renders packages/cli/src/formatters/rule-help.generated.ts: each rule's documentation page, for the
// SARIF report's `help`, since docs/ is not in the published package. Used by generate.js and by
// packages/cli/tests/formatters/rule-help.test.ts, which fails when the committed module is stale.

/**
 * The page without its `# rule-id` title: the SARIF viewer shows the rule's name already.
 * @param {string} page
 */
export function helpOf(page) {
  return page.replace(/^# [^\n]*\n+/, '').trimEnd()
}

/**
 * The module's text, rules in the order given.
 * @param {readonly (readonly [string, string])[]} pages rule id and its page's Markdown
 */
export function renderRuleHelpModule(pages) {
  const entries = pages.map(([ruleId, page]) => `  ${JSON.stringify(ruleId)}: ${JSON.stringify(helpOf(page))},`)
  return [
    '// Generated from docs/rules/*.md by `npm run generate`; do not edit.',
    '',
    "/** Each rule's documentation page in Markdown, without its title: the help that a SARIF report carries. */",
    'export const ruleHelp: Readonly<Record<string, string>> = {',
    ...entries,
    '}',
    '',
  ].join('\n')
}
