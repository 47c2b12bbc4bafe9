/**
 * One builder module per rule that builder code can break, each breaking it. Rules it cannot break:
 * `invalid-json` (no JSON text), `start-node` (a flow has one `start()`), `flow-and-modules`
 * (`session()` refuses `modules`).
 */
export const builderFixtures: Readonly<Record<string, string>> = {
  'invalid-schema': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greeting', 'Say: Hello there, thanks for joining us today.', { doesNotRequireReply: 'yes' })
  .end()
`,
  'duplicate-node-id': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greeting', 'Say: Hello there, thanks for joining us today.', { when: 'The user responded' })
  .converse('greeting', 'Say: Hello again.', { when: 'The user responded' })
  .end()
`,
  'dangling-target': `import { flow, type Path } from '@fsflow/builder'

const retry = (path: Path) => path.converse('retry', 'Say: Please face the camera.', { when: 'The user responded' }).goto('livenes')

export default flow()
  .start()
  .converse('greeting', 'Say: Hi! I need to verify your identity. It only takes a few seconds. Ready?', { when: 'The user responded' })
  .liveness('liveness', { livenessDetected: 'next', deepfakeDetected: 'end', noFace: retry, inconclusive: 'end' })
  .end()
`,
  'missing-outcome': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greeting', 'Say: Hi! I need to verify your identity. It only takes a few seconds. Ready?', { when: 'The user responded' })
  .recognize('recognition', { recognized: 'next' })
  .end()
`,
  'unreachable-node': `import { flow } from '@fsflow/builder'

const done = flow().start().converse('bye', 'Say: Goodbye!', { doesNotRequireReply: true }).end()

export default done.converse('orphan', 'Say: Nobody hears this.', { doesNotRequireReply: true }).end('closing')
`,
  'no-path-to-end': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('loop', 'Ask the user for their name. Move on after 3 attempts.', { when: 'The user answered' })
  .goto('loop')
`,
  'duplicate-outcome-id': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('question', 'Ask whether the user is ready. Move on after 3 attempts.', {
    outcomes: [
      { id: 'yes', when: 'The user is ready', to: 'next' },
      { id: 'yes', when: 'The user is not ready', to: 'next' },
    ],
  })
  .end()
`,
  'greeting-too-short': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greeting', 'Say: Hi!', { when: 'The user responded' })
  .recognize('recognition', { recognized: 'next', newUser: 'next', noFace: 'next' })
  .end()
`,
  'misplaced-does-not-require-reply': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('closing', 'Say: Is now a good time?', { doesNotRequireReply: true })
  .end()
`,
  'empty-condition': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('question', 'Ask whether the user is ready. Move on after 3 attempts.', {
    outcomes: [
      { id: 'ready', when: 'The user is ready', to: 'next' },
      { id: 'other', when: '', to: 'next' },
    ],
  })
  .end()
`,
  'liveness-inconclusive': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greeting', 'Say: Hi! I need to verify your identity. It only takes a few seconds. Ready?', { when: 'The user responded' })
  .liveness('liveness', { livenessDetected: 'next', deepfakeDetected: 'end', noFace: 'sorry' })
  .converse('sorry', 'Say: Sorry, we could not see you.', { doesNotRequireReply: true })
  .end()
`,
  'video-after-permissions': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .permissions('allow_camera', { permissionsGranted: 'next', permissionsDenied: 'end' }, { permissions: { camera: true, microphone: true } })
  .faceScan('selfie', { passed: 'next', otherwise: 'end' })
  .end()
`,
  'conditional-prompt': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greet', 'If the user was recognized, greet them by full name. If not, ask for their name. Stop after 3 attempts.', { when: 'User responded' })
  .end()
`,
  'goal-without-exit': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('ask_dob', 'Greet the user as {name} and ask for their date of birth.', { when: 'The user gave their date of birth' })
  .end()
`,
  'recognition-paths-merged': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greeting', 'Say: Hi! I need to verify your identity to help you recover your account. It only takes a few seconds. Ready?', { when: '' })
  .recognize('recognition', { recognized: 'next', newUser: 'next', noFace: 'next' })
  .end()
`,
  'legacy-shape': `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .faceScan('selfie', { otherwise: 'next' }, { mode: 'liveness' })
  .end()
`,
}
