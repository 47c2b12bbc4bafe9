// TypeScript flow modules for the tests, as text: each is written into a temporary project (see
// createFlowProject) and loaded from there, as fsflow loads a user's. Line numbers in the tests refer
// to these texts.

/** A clean flow: no problem at all. */
export const cleanFlow = `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('welcome', 'Say: Welcome! Is now a good time to verify your identity?', { outcome: 'ready', when: 'The user agrees' })
  .converse('closing', 'Say: Thank you, you are all set.', { doesNotRequireReply: true })
  .end()
`

/** A `goto` to an id no node has, on line 6: one dangling-target error. */
export const danglingGoto = `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('welcome', 'Say: Welcome! Ready?', { outcome: 'ready', when: 'The user agrees' })
  .goto('nowhere')
`

/** Two flows: a clean default, and `retry` with two warnings about its liveness check on line 8. */
export const twoFlows = `import { flow } from '@fsflow/builder'

export default flow().start().converse('closing', 'Say: Thank you, you are all set.', { doesNotRequireReply: true }).end()

export const retry = flow()
  .start()
  .converse('greeting', 'Say: Hi! Please look at the camera.')
  .liveness('liveness', { livenessDetected: 'next', deepfakeDetected: 'bye', noFace: 'bye' })
  .converse('bye', 'Say: Goodbye.', { doesNotRequireReply: true })
  .end()
`

/** A module that throws on line 3 while it loads. */
export const throwsAtImport = `import { flow } from '@fsflow/builder'

throw new Error('the flows are not ready')

export default flow().start().end()
`

/** A module whose own code builds a broken flow while it loads (the goto on line 6). */
export const buildsAtImport = `import { flow } from '@fsflow/builder'

const broken = flow()
  .start()
  .converse('welcome', 'Say: Welcome!')
  .goto('nowhere')

export default broken.build()
`

/** Not TypeScript: a missing comma on line 5. */
export const syntaxError = `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('welcome' 'Say: Welcome!')
  .end()
`

/** A module that exports no flow. */
export const noFlow = `export const greeting = 'Say: Welcome!'
`
