import plugin from '../../src/index.js'
import { builderFixtures } from '../builder-fixtures.js'
import { builderTester } from '../rule-tester.js'

builderTester.run('greeting-too-short with options', plugin.rules!['greeting-too-short']!, {
  valid: [{ name: 'a greeting long enough for minSeconds: 0.1', code: builderFixtures['greeting-too-short']!, options: [{ minSeconds: 0.1 }] }],
  invalid: [{ name: 'a greeting too short for the default five seconds', code: builderFixtures['greeting-too-short']!, errors: [{ messageId: 'tooShort', data: { type: 'recognition', id: 'recognition', seconds: '0.4', min: '5' } }] }],
})
