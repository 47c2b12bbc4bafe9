// The ESLint plugin as a user installs it: packs the packages, installs the tarballs into a scratch
// project outside the repository with ESLint 9 and ESLint 10 (from the registry), typescript-eslint
// and @eslint/json, runs `npx eslint .` on a JSON flow, two TypeScript flows and a two-file
// TypeScript flow linted with typescript-eslint's project service, and checks the report. Run: npm run test:eslint-e2e (after a build; it needs the npm registry).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'fsflow-eslint-e2e-'))
const packs = join(scratch, 'packs')
mkdirSync(packs)
for (const name of ['schema', 'analyzer', 'builder', 'eslint-plugin']) {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packs], { cwd: join(root, 'packages', name), stdio: 'ignore' })
}
const tarballs = readdirSync(packs).map((file) => join(packs, file))

/** A module that would write a file were it run: the plugin must read it, never run it. */
const typo = `import { flow } from '@fsflow/builder'
import { writeFileSync } from 'node:fs'

writeFileSync('the-module-ran.txt', 'ran')

export default flow()
  .start()
  .converse('greeting', 'Say: Hi! I need to verify your identity. It only takes a few seconds, thanks. Ready?', { when: 'The user responded' })
  .goto('greting')
`

/** A sub-flow in its own file, which would write a file were it run; and the flow that imports it, linted with type information. */
const typed = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true }, include: ['*.ts'] }),
  'shared.ts': `import type { Path } from '@fsflow/builder'
import { writeFileSync } from 'node:fs'

writeFileSync('the-module-ran.txt', 'ran')

export const retry = (path: Path) => path.converse('retry', 'Say: Please face the camera.', { when: 'The user responded' }).goto('livenes')
`,
  'recovery.flow.ts': `import { flow } from '@fsflow/builder'
import { retry } from './shared.js'

export default flow()
  .start()
  .converse('greeting', 'Say: Hi! I need to verify your identity. It only takes a few seconds, thanks. Ready?', { when: 'The user responded' })
  .liveness('liveness', { livenessDetected: 'next', deepfakeDetected: 'end', noFace: retry, inconclusive: 'end' })
  .end()
`,
}

const expected = [
  'recognition-branching.flow.json fsflow/liveness-inconclusive 31:17',
  'recognition-branching.flow.json fsflow/goal-without-exit 40:15',
  'recognition-branching.flow.json fsflow/liveness-inconclusive 52:17',
  'recognition-branching.flow.ts fsflow/liveness-inconclusive 19:10',
  'recognition-branching.flow.ts fsflow/goal-without-exit 20:34',
  'recognition-branching.flow.ts fsflow/liveness-inconclusive 25:10',
  'typo.flow.ts fsflow/dangling-target 9:9',
  // The mistyped goto of the imported sub-flow, shown at the export, as fsflow lint shows it.
  'recovery.flow.ts fsflow/dangling-target 4:1',
  'recovery.flow.ts fsflow/liveness-inconclusive 7:107',
]

let failed = false
try {
  for (const eslint of ['eslint@9', 'eslint@10']) {
    const project = join(scratch, eslint.replace('@', '-'))
    mkdirSync(join(project, 'flows'), { recursive: true })
    mkdirSync(join(project, 'typed'))
    for (const [name, text] of Object.entries(typed)) writeFileSync(join(project, 'typed', name), text)
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'fsflow-eslint-e2e', private: true, type: 'module' }))
    writeFileSync(
      join(project, 'eslint.config.js'),
      "import tseslint from 'typescript-eslint'\nimport fsflow from '@fsflow/eslint-plugin'\n" +
        "export default [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },\n" +
        "  { files: ['typed/**/*.ts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },\n" +
        '  ...fsflow.configs.recommended]\n',
    )
    for (const file of ['recognition-branching.flow.ts', 'recognition-branching.flow.json']) copyFileSync(join(root, 'examples', file), join(project, 'flows', file))
    writeFileSync(join(project, 'flows', 'typo.flow.ts'), typo)
    execFileSync('npm', ['install', '--no-audit', '--no-fund', eslint, 'typescript-eslint', 'typescript@5', '@eslint/json', ...tarballs], { cwd: project, stdio: 'ignore' })
    let output
    try {
      output = execFileSync('npx', ['eslint', '.', '--format', 'json'], { cwd: project, encoding: 'utf8' })
    } catch (error) {
      output = error.stdout // exit code 1: the report has an error, as it should
    }
    const found = JSON.parse(output)
      .flatMap((result) => result.messages.map((m) => `${result.filePath.split('/').pop()} ${m.ruleId} ${m.line}:${m.column}`))
      .sort()
    const ran = existsSync(join(project, 'the-module-ran.txt'))
    const ok = JSON.stringify(found) === JSON.stringify([...expected].sort()) && !ran
    failed ||= !ok
    console.log(`${ok ? 'ok' : 'FAILED'}: ${eslint}${ran ? ' (the linted module ran)' : ''}`)
    if (!ok) console.log(found.join('\n'))
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
