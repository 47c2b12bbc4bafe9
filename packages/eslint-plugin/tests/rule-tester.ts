import json from '@eslint/json'
import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, it } from 'vitest'

// ESLint's RuleTester runs its cases as vitest tests.
RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

/** Lints flow JSON through `@eslint/json`'s language, as `configs.recommended` does. */
export const jsonTester = new RuleTester({ plugins: { json }, language: 'json/json' })

/** Lints builder code with typescript-eslint's parser, as a TypeScript project does. */
export const builderTester = new RuleTester({ languageOptions: { parser: tseslint.parser } })

/** Lints builder code with type information: typescript-eslint's project service, over the TypeScript project in `folder`. */
export function typedTester(folder: string): RuleTester {
  return new RuleTester({ languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: folder } } })
}
