// Types of rule-help.js, for the TypeScript test that checks the committed module.

/** The page without its `# rule-id` title. */
export declare function helpOf(page: string): string

/** The text of packages/cli/src/formatters/rule-help.generated.ts, rules in the order given. */
export declare function renderRuleHelpModule(pages: readonly (readonly [string, string])[]): string
