/** A module that uses every construct static replay reads (docs/eslint.md lists them), each feeding a flow. */
export const everyConstruct = `import { flow as startFlow, session } from '@fsflow/builder'
import type { Path } from '@fsflow/builder'
import * as builder from '@fsflow/builder'

const company = 'Northwind'
let region = 'eu'
const prompts = { hello: \`Say: Welcome to \${company}!\`, bye: 'Say: Goodbye.' } as const
const settings = { prompt: 'Please allow the camera.' }
const languages = { en: 'Welcome!', es: '¡Bienvenido!' } as const
const [firstLanguage] = ['en', 'es']
const { hello, bye: farewell } = prompts

function ending(id: string, prompt = farewell) {
  return (path: Path) => path.converse(id, prompt, { doesNotRequireReply: true }).end()
}

const greetIn = (lang: keyof typeof languages) => (path: Path) =>
  path.converse(\`greet_\${lang}\`, \`Say: \${languages[lang]}\`, { when: 'The user responded' })

const checks = (path: Path) => {
  const scanned = path.scanDocument('scan', { scanSuccess: 'next', otherwise: ending('scan_failed') }, { ...settings, scanningMode: 'single' })
  if (region === 'eu') {
    return scanned.faceCompare('compare', { match: 'next', otherwise: 'scan_failed' }, { sourceA: { source: 'documentPhoto' }, sourceB: { source: 'sessionVideo' } })
  }
  return scanned
}

const recovery = startFlow()
  .start()
  .converse('greeting', hello + ' ' + 'It takes a minute. Ready?', { outcome: 'ready', when: 'The user is ready' })
  .permissions('allow_camera', { permissionsGranted: 'next', permissionsDenied: ending('denied') }, settings)
  .pipe(checks)
  .converse('pick_language', 'Ask which language the user prefers. After 3 attempts, continue in ' + firstLanguage + '.', {
    outcomes: Object.entries(languages).map(([lang]) => ({ id: lang, when: \`The user chose \${lang.toUpperCase()}\`, to: greetIn(lang as keyof typeof languages) })),
  })
  .fieldCondition('by_age', {
    rules: [{ left: { source: 'extractedData', field: 'age' }, operator: 'gte', right: { type: 'literal', value: 6 * 3 }, to: 'next' }],
    otherwise: ending('underage', 'Say: ' + (company.length > 3 ? 'Sorry.' : 'No.')),
  })
  .end()

const retry = builder.flow().start('begin').converse('retry', 'Say: Try again?', { when: '' }).goto('begin')

const routesOf = { noFace(path: Path) { return path.goto('sorry') } }
const optionalHelper: ((path: Path) => Path) | undefined = undefined
const attempts = Array.from({ length: 2 }, (_, i) => \`attempt_\${Math.max(i, 2 ** i)}\`)
export const checked = (() =>
  startFlow()
    .start()
    .liveness(attempts.join('-'), { livenessDetected: 'next', deepfakeDetected: 'sorry', inconclusive: 'sorry', noFace: routesOf.noFace })
    .converse('sorry', 'Say: Sorry.', { doesNotRequireReply: 1 == 1 && optionalHelper?.(undefined as never) === undefined })
    .end())()
export const described = session({ clientReferenceId: JSON.stringify({ attempts }), flow: checked })

export { recovery as recoveryFlow, retry }
export const body = session({ clientReferenceId: \`\${company}-1\`, flow: recovery, metadata: { region } })
export default retry
`
