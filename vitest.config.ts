import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (name: string): string => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url))

export default defineConfig({
  resolve: {
    // Unit tests run against the sources; end-to-end tests spawn the built `fsflow` bin.
    alias: {
      '@fsflow/schema': src('schema'),
      '@fsflow/analyzer': src('analyzer'),
      '@fsflow/builder': src('builder'),
    },
  },
  test: {
    include: ['packages/*/tests/**/*.test.ts', 'tests/**/*.test.ts', 'examples/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['packages/*/tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.test.json',
    },
    testTimeout: 30_000,
  },
})
