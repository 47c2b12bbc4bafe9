// Flow modules that misbehave while fsflow runs them, as text (see flow-sources.ts for how tests use
// them). Each exports a flow that would lint clean, unless said otherwise.

const cleanExport = `export default flow()
  .start()
  .converse('closing', 'Say: Thank you, you are all set.', { doesNotRequireReply: true })
  .end()
`

/** Ends the process on line 3 while it loads. */
export const exitsAtImport = `import { flow } from '@fsflow/builder'

process.exit(0)

${cleanExport}`

/** A timer (line 3) ends the process while the module still waits, at its top level. */
export const exitsFromTimer = `import { flow } from '@fsflow/builder'

setTimeout(() => process.exit(0), 0)
await new Promise((resolve) => setTimeout(resolve, 200))

${cleanExport}`

/** Would end the process once it has loaded: a timer that only a process that goes on running would ever see. */
export const exitsLater = `import { flow } from '@fsflow/builder'

setTimeout(() => process.exit(0), 20)

${cleanExport}`

/** Keeps the process alive forever once it has loaded. */
export const keepsRunning = `import { flow } from '@fsflow/builder'

setInterval(() => {}, 1000)

${cleanExport}`

/** Loops forever on line 3. */
export const loopsForever = `import { flow } from '@fsflow/builder'

while (true) {}

${cleanExport}`

/** Awaits, at its top level, a promise that nothing will ever settle. */
export const awaitsForever = `import { flow } from '@fsflow/builder'

await new Promise(() => {})

${cleanExport}`

/** Awaits forever while a timer keeps it busy: only the time limit ends it. */
export const awaitsForeverWhileBusy = `import { flow } from '@fsflow/builder'

setInterval(() => {}, 50)
await new Promise(() => {})

${cleanExport}`

/** Prints to the standard output and error while it loads. */
export const prints = `import { flow } from '@fsflow/builder'

console.log('Loading the \\u001b[31mflows\\u001b[0m…')
console.log('second line')
console.error('careful: this is a flow module')

${cleanExport}`

/** Adds a property to every object of its realm (line 3), and exports a goto to no node (line 8). */
export const pollutesObjectPrototype = `import { flow } from '@fsflow/builder'

;(Object.prototype as Record<string, unknown>).foo = 1

export default flow()
  .start()
  .converse('welcome', 'Say: Welcome! Ready?', { outcome: 'ready', when: 'The user agrees' })
  .goto('nowhere')
`

/** Makes every JSON text of its realm parse as an empty flow, hoping the gate then reads a clean one; its goto on line 8 dangles. */
export const overridesJsonParse = `import { flow } from '@fsflow/builder'

JSON.parse = () => []

export default flow()
  .start()
  .converse('welcome', 'Say: Welcome! Ready?', { outcome: 'ready', when: 'The user agrees' })
  .goto('nowhere')
`

/** Calls what is not a function in a chain, on line 6. */
export const callsAMissingMethod = `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('welcome', 'Say: Welcome!')
  .proceed('closing')
  .end()
`

/** Posts a message of its own on the channel its worker answers on, as if it were fsflow's. */
export const tampersWithTheWorker = `import { workerData } from 'node:worker_threads'
import { flow } from '@fsflow/builder'

workerData.port.postMessage({ type: 'loaded', exports: 'all clean' })

${cleanExport}`

/** A timer (line 3) throws while the module still waits, at its top level. */
export const throwsFromTimer = `import { flow } from '@fsflow/builder'

setTimeout(() => { throw new Error('too late') }, 0)
await new Promise((resolve) => setTimeout(resolve, 200))

${cleanExport}`
