// Types of rules-readme.js, for the TypeScript tests that check the committed table.

/** The part of a rule's metadata the table shows. */
export interface DocumentedRule {
  name: string
  meta: { docs: { description: string; recommended: 'error' | 'warn' }; alwaysOn?: boolean }
}

export declare const tableStart: string
export declare const tableEnd: string

/** The Markdown table of every rule: id linked to its page, default severity, description. */
export declare function renderRulesTable(rules: readonly DocumentedRule[]): string

/** The README text with the part between the markers replaced by a fresh table. */
export declare function withRulesTable(readme: string, rules: readonly DocumentedRule[]): string
