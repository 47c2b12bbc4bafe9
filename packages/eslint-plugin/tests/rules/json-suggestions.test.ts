import plugin from '../../src/index.js'
import { jsonTester } from '../rule-tester.js'

const rule = (id: string) => plugin.rules![id]!

jsonTester.run('dangling-target (flow JSON)', rule('dangling-target'), {
  valid: ['[{ "id": "start", "type": "start", "outcome": "end" }, { "id": "end", "type": "end" }]'],
  invalid: [
    {
      code: '[{ "id": "start", "type": "start", "outcome": "edn" }, { "id": "end", "type": "end" }]',
      errors: [
        {
          messageId: 'danglingNextDidYouMean',
          data: { id: 'start', target: 'edn', suggestion: 'end' },
          line: 1,
          column: 47,
          endColumn: 52,
          suggestions: [
            { messageId: 'useExistingId', data: { id: 'end' }, output: '[{ "id": "start", "type": "start", "outcome": "end" }, { "id": "end", "type": "end" }]' },
          ],
        },
      ],
    },
    {
      code: '[{ "id": "start", "type": "start", "outcome": "somewhere_else" }, { "id": "end", "type": "end" }]',
      errors: [{ messageId: 'danglingNext', suggestions: [] }],
    },
  ],
})

const greeting = (fields: string) =>
  `[{ "id": "start", "type": "start", "outcome": "greeting" }, { "id": "greeting", "type": "conversation", "prompt": "Say: Is now a good time?", ${fields}"outcomes": [{ "id": "done", "condition": "", "targetNodeId": "end" }] }, { "id": "end", "type": "end" }]`

jsonTester.run('misplaced-does-not-require-reply (flow JSON)', rule('misplaced-does-not-require-reply'), {
  valid: [greeting('')],
  invalid: [
    {
      code: greeting('"doesNotRequireReply": true, '),
      errors: [
        {
          messageId: 'asks',
          data: { id: 'greeting' },
          line: 1,
          column: 166,
          endColumn: 170,
          suggestions: [{ messageId: 'removeDoesNotRequireReply', output: greeting('') }],
        },
      ],
    },
  ],
})

const liveness = (outcomes: string) =>
  `{ "flow": [{ "id": "start", "type": "start", "outcome": "liveness" }, { "id": "liveness", "type": "liveness_detection", "outcomes": { ${outcomes} } }, { "id": "end", "type": "end" }, { "id": "retry", "type": "end" }] }`

jsonTester.run('liveness-inconclusive (flow JSON)', rule('liveness-inconclusive'), {
  valid: [liveness('"livenessDetected": "end", "deepfakeDetected": "end", "noFace": "retry", "inconclusive": "retry"')],
  invalid: [
    {
      code: liveness('"livenessDetected": "end", "deepfakeDetected": "end", "noFace": "retry"'),
      errors: [
        {
          messageId: 'missing',
          data: { id: 'liveness', noFace: 'retry' },
          line: 1,
          column: 133,
          suggestions: [
            {
              messageId: 'routeInconclusive',
              data: { target: 'retry' },
              output: liveness('"livenessDetected": "end", "deepfakeDetected": "end", "noFace": "retry", "inconclusive": "retry"'),
            },
          ],
        },
      ],
    },
  ],
})
