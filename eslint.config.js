// @ts-check
import eslint from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', 'bench/.data/**', '**/*.d.ts'] },
  eslint.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off', // indexed-array graph code reads within bounds it has checked
      // `{ location, ...diagnostic }` takes fields out of an object: the named ones are meant to go unused.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The lint code path. A spread passes each element as an argument on the stack: over a report's
    // or a flow's data it throws "Maximum call stack size exceeded" past about 100,000 elements.
    files: ['packages/analyzer/src/**/*.ts', 'packages/cli/src/**/*.ts', 'packages/schema/src/**/*.ts', 'packages/eslint-plugin/src/**/*.ts'],
    // Spreads of a fixed size: the CLI's option tables, the checks of one schema field.
    ignores: ['packages/cli/src/help.ts', 'packages/cli/src/cli-options.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement",
          message: 'Spreading into push/unshift/splice overflows the stack on large arrays: add the elements in a loop.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
          message: 'Math.max/min over a spread overflows the stack on large arrays: compute it in a loop.',
        },
      ],
    },
  },
  {
    // The analyzer is pure (DESIGN.md): a document in, diagnostics with pointers out. Text, positions,
    // files and output belong to sources, placement and formatters, outside it.
    files: ['packages/analyzer/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(node:)?(fs|path|process|child_process|worker_threads|url)(/.*)?$', message: 'The analyzer reads no files: a source gives it a document.' },
            { regex: '^jsonc-parser$', message: 'The analyzer knows no text: parsing and locating belong to a source (packages/cli/src/sources).' },
            { regex: '^@fsflow/(cli|builder|eslint-plugin)$', message: 'Data flows one way: nothing in the analyzer reaches back to what uses it.' },
          ],
        },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly' } },
  },
)
