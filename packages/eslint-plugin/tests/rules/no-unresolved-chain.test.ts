import plugin from '../../src/index.js'
import { builderTester } from '../rule-tester.js'

const rule = plugin.rules!['no-unresolved-chain']!

builderTester.run('no-unresolved-chain', rule, {
  valid: [
    {
      name: 'a flow written with what static replay reads',
      code: `import { flow as f, type Path } from '@fsflow/builder'
const id = 'greeting'
const bye = (name: string) => (path: Path) => path.converse(name, 'Say: Bye.', { doesNotRequireReply: true }).end()
const main = f().start().converse(id, \`Say: Hi \${id}\`, { outcomes: [{ when: 'yes', to: bye('a') }, { when: 'no', to: 'next' }] }).end()
export { main as default }`,
    },
    {
      name: 'a flow beside async functions, generators, classes and enums, which are not replayed and not needed',
      code: `import { flow } from '@fsflow/builder'
export async function load() { return 1 }
function* ids() { yield 'a' }
export class Store {}
enum Zone { Eu = 'eu' }
export const main = flow().start().converse('greeting', 'Say: Hi').end()`,
    },
    { name: 'a module that does not import the builder', code: `import { make } from './make.js'\nexport default make()` },
    {
      name: "exports that use the builder's other functions, or methods other libraries share with chains, are no flows",
      code: `import { flow, compile } from '@fsflow/builder'
import * as builder from '@fsflow/builder'
import { source } from './streams.js'
const main = flow().start().end()
export const json = compile(main)
export const checked = builder.isFlow(main)
export const piped = source.pipe(main).end()
export default main`,
    },
    { name: 'an export that does not use the builder', code: `import { flow } from '@fsflow/builder'\nimport { make } from './make.js'\nexport const other = make()\nexport default flow().start().end()` },
  ],
  invalid: [
    {
      name: 'a sub-flow imported from another file',
      code: `import { flow } from '@fsflow/builder'\nimport { shared } from './shared.js'\nexport default flow().start().pipe(shared).end()`,
      errors: [{ messageId: 'unresolved', data: { name: 'default', reason: "`shared` is imported from './shared.js', which static replay follows only with type information" }, line: 3, column: 36, endColumn: 42 }],
    },
    {
      name: 'a call to a function the file does not declare',
      code: `import { flow } from '@fsflow/builder'\nexport const main = flow().start().converse(makeId(), 'Say: Hi').end()`,
      errors: [{ messageId: 'unresolved', data: { name: 'main', reason: '`makeId` is not declared in this file' }, line: 2, column: 45, endColumn: 51 }],
    },
    {
      name: 'a let that is reassigned',
      code: `import { flow } from '@fsflow/builder'\nlet id = 'a'\nid = 'b'\nexport default flow().start().converse(id, 'Say: Hi').end()`,
      errors: [{ messageId: 'unresolved', data: { name: 'default', reason: '`let id` is reassigned' }, line: 2, column: 5 }],
    },
    {
      name: 'a flow continued from a chain the file does not declare',
      code: `import { flow } from '@fsflow/builder'\nimport { base } from './base.js'\nexport const continued = base.converse('closing', 'Say: Bye.').end()\nexport default flow().start().end()`,
      errors: [{ messageId: 'unresolved', data: { name: 'continued', reason: "`base` is imported from './base.js', which static replay follows only with type information" }, line: 3, column: 26 }],
    },
    {
      name: 'a member of something the replay does not know',
      code: `import { flow } from '@fsflow/builder'\nexport default flow().start().converse(process.env.GREETING_ID, 'Say: Hi').end()`,
      errors: [{ messageId: 'unresolved', line: 2, column: 40 }],
    },
    {
      name: 'a call the builder rejects',
      code: `import { flow } from '@fsflow/builder'\nexport default flow().start().liveness('liveness', { recognized: 'end' }).end()`,
      errors: [{ messageId: 'rejected', line: 2, column: 31, endColumn: 74 }],
    },
  ],
})

builderTester.run('graph rules on a flow the replay could not read whole', plugin.rules!['dangling-target']!, {
  valid: [
    {
      name: 'stay silent, rather than report what the unread part may define',
      code: `import { flow } from '@fsflow/builder'\nimport { shared } from './shared.js'\nexport default flow().start().pipe(shared).goto('defined_in_shared')`,
    },
  ],
  invalid: [],
})

const partlyRead = `import { flow } from '@fsflow/builder'
import { greeting } from './prompts.js'
export default flow()
  .start()
  .converse('greeting', greeting)
  .converse('ask', 'Say: Are you ready to start?', { doesNotRequireReply: true })
  .goto('defined_elsewhere')`

builderTester.run('rules about one node at a time on a flow the replay could not read whole', plugin.rules!['misplaced-does-not-require-reply']!, {
  valid: [
    {
      name: 'are silent about the call whose arguments could not be read',
      code: `import { flow } from '@fsflow/builder'\nimport { ask } from './prompts.js'\nexport default flow().start().converse('ask', ask, { doesNotRequireReply: true }).end()`,
    },
  ],
  invalid: [
    {
      name: 'still report on every node that was read, at its call',
      code: partlyRead,
      errors: [{ messageId: 'asks', line: 6, column: 4, suggestions: [{ messageId: 'removeDoesNotRequireReply', output: partlyRead.replace(' doesNotRequireReply: true ', '  ') }] }],
    },
  ],
})

for (const graphRule of ['dangling-target', 'unreachable-node', 'no-path-to-end', 'greeting-too-short', 'unended-chain'] as const) {
  builderTester.run(`${graphRule} on a flow read in part`, plugin.rules![graphRule]!, {
    valid: [{ name: 'stays silent: the unread call may change what it would say', code: partlyRead }],
    invalid: [],
  })
}

builderTester.run('no-unresolved-chain on a session the builder cannot render', rule, {
  valid: [],
  invalid: [
    {
      name: 'a session setting that contains itself is the builder rejecting it, not a crash',
      code: `import { flow, session } from '@fsflow/builder'
const metadata: Record<string, unknown> = {}
Object.assign(metadata, { self: metadata })
export default session({ clientReferenceId: 'a', metadata, flow: flow().start().end() })`,
      errors: [{ messageId: 'rejected', line: 4 }],
    },
  ],
})
