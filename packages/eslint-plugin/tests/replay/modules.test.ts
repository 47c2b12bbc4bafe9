import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import plugin from '../../src/index.js'
import { typedTester as testerFor } from '../rule-tester.js'

/** A small TypeScript project on disk: flows in `*.flow.ts`, the sub-flows they import beside them. */
const project = join(import.meta.dirname, '..', 'fixtures', 'imports')

const typedTester = testerFor(project)

/** The mistake of the imported liveness check: its retry goes to `livenes`. */
const retryData = { outcome: 'done', id: 'retry', target: 'livenes', suggestion: 'liveness' }

/** A linted case for one of the project's files, read from disk as the editor would give it. */
function file(name: string): { filename: string; code: string } {
  const filename = join(project, name)
  return { filename, code: readFileSync(filename, 'utf8') }
}

typedTester.run('dangling-target in sub-flows imported from other files', plugin.rules!['dangling-target']!, {
  valid: [],
  invalid: [
    {
      name: 'named and default imports (a function declaration, an arrow): shown at the export, as fsflow lint shows a call in another file',
      ...file('named.flow.ts'),
      errors: [{ messageId: 'danglingDidYouMean', data: retryData, line: 6, column: 1, endLine: 15 }],
    },
    {
      name: 'renamed imports, through an index that re-exports by name, by default and with export *, and a parametrised sub-flow',
      ...file('through-index.flow.ts'),
      errors: [{ messageId: 'danglingDidYouMean', data: retryData, line: 4, column: 14, endColumn: 22 }],
    },
    {
      name: 'a namespace import of an index',
      ...file('namespace.flow.ts'),
      errors: [{ messageId: 'danglingDidYouMean', data: retryData, line: 4, column: 14, endColumn: 21 }],
    },
    {
      name: 'a flow the file re-exports from another is linted at its export, beside the file’s own',
      ...file('re-export.flow.ts'),
      errors: [
        { messageId: 'danglingDidYouMean', data: retryData, line: 4, column: 10, endColumn: 18 },
        { messageId: 'dangling', data: { outcome: 'done', id: 'greeting', target: 'nowhere' }, line: 6, column: 85 },
      ],
    },
    {
      name: 'an import cycle is read as ES modules run it: the sub-flow reads the name once the linted file has set it',
      ...file('cycle.flow.ts'),
      errors: [{ messageId: 'dangling', data: { outcome: 'done', id: 'closing', target: 'gone' }, line: 6, column: 1 }],
    },
  ],
})

typedTester.run('misplaced-does-not-require-reply in a default-exported arrow sub-flow', plugin.rules!['misplaced-does-not-require-reply']!, {
  valid: [],
  invalid: [{ name: 'is shown at the export, with no suggestion: the fix is in another file', ...file('named.flow.ts'), errors: [{ messageId: 'asks', line: 6, column: 1, suggestions: [] }] }],
})

typedTester.run('no-unresolved-chain with type information', plugin.rules!['no-unresolved-chain']!, {
  valid: [
    { name: 'every import of the project is followed', ...file('named.flow.ts') },
    { name: 'an import cycle whose names are read after they are set', ...file('cycle.flow.ts') },
  ],
  invalid: [
    {
      name: 'an import from a package is not followed',
      ...file('package.flow.ts'),
      errors: [{ messageId: 'unresolved', data: { name: 'default', reason: "`z` is imported from 'zod', a package: only the project's own files are read" }, line: 4, column: 40, endColumn: 41 }],
    },
    {
      name: 'a name of an import cycle read before its module set it stops the replay, shown at the call that brought the sub-flow in',
      ...file('early-cycle.flow.ts'),
      errors: [{ messageId: 'unresolved', data: { name: 'default', reason: '`company` is used before its declaration runs (at early-cycle-thanks.ts:5)' }, line: 6, column: 31, endColumn: 43 }],
    },
  ],
})

typedTester.run('graph rules on a flow whose imported sub-flow could not be read whole', plugin.rules!['dangling-target']!, {
  valid: [{ name: 'stay silent', ...file('package.flow.ts') }],
  invalid: [],
})
