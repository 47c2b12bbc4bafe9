// Seed 004's recognition branching pattern, completed into a whole flow: recognized users and new
// users each get their own liveness check and conversation, then meet again at the closing line.
// The nodes of the pattern are the seed's own; the greeting, ask_dob and closing complete it.
//
// recognition-branching.flow.json is generated from this file; after a change, regenerate it with
// `npx vitest run packages/builder -u`.
import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse(
    'greeting',
    'Say: Hi there! Please look at the camera for a moment while I get things ready. This only takes a few seconds.',
    { when: 'User has responded or acknowledged' },
  )
  .recognize('recognition', {
    recognized: (path) =>
      path
        .liveness('liveness_known', { livenessDetected: 'next', deepfakeDetected: 'next', noFace: 'next' })
        .converse('greet_known', 'Greet them by full name and ask DOB. Use their full name, not just first name.', {
          when: 'User responded',
        }),
    newUser: (path) =>
      path
        .liveness('liveness_new', { livenessDetected: 'next', deepfakeDetected: 'next', noFace: 'next' })
        .converse('ask_name', "Say: Welcome! What's your name?", { when: 'User provided name' })
        .converse('ask_dob', 'Say: Thanks! And what is your date of birth?', { when: 'User provided date of birth' }),
    noFace: 'liveness_new',
  })
  .converse('closing', 'Say: Thank you, that is everything I needed. Goodbye!', { doesNotRequireReply: true })
  .end()
