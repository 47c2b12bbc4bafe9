#!/usr/bin/env node
// Proves a release the way it happens: Changesets versions a copy of this repository and publishes
// every package to a real npm registry (Verdaccio) on 127.0.0.1, then a scratch project outside the
// repository installs fsflow by name, with the README's own install commands, and uses every
// documented entry point. The registry is stopped and every temporary folder removed whatever
// happens. Nothing is published anywhere else: the registry is local, and npm is pointed at it alone.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = fileURLToPath(new URL('..', import.meta.url))
/** The oldest TypeScript whose checks the packages' types pass: zod 4's own floor (docs/release.md). */
const oldestTypeScript = '5.5'
const work = mkdtempSync(join(tmpdir(), 'fsflow-release-'))
const checks = { passed: 0, failed: 0 }
let registry

try {
  const port = await freePort()
  const registryUrl = `http://127.0.0.1:${port}/`
  registry = await startRegistry(registryUrl, port)
  const token = await createUser(registryUrl)
  // npm reads only this file: no user or global config, so nothing can reach another registry.
  const npmrc = join(work, 'npmrc')
  writeFileSync(npmrc, `registry=${registryUrl}\n//127.0.0.1:${port}/:_authToken=${token}\naudit=false\nfund=false\nupdate-notifier=false\n`)
  const env = { ...process.env, npm_config_userconfig: npmrc, npm_config_globalconfig: join(work, 'none'), npm_config_registry: registryUrl, npm_config_cache: join(work, 'npm-cache') }

  const release = copyRepository(join(work, 'repo'))
  step('npm ci in the copy (builds every package)', () => run('npm', ['ci', '--prefer-offline'], release, env))
  step('changeset version writes versions and changelogs', () => {
    const before = packageVersions(release)
    run('npx', ['changeset', 'version'], release, env)
    const after = packageVersions(release)
    for (const [name, { dir, version }] of after) {
      expect(existsSync(join(dir, 'CHANGELOG.md')), `${name} has a CHANGELOG.md`)
      expect(version !== before.get(name).version, `${name} was versioned (${before.get(name).version} → ${version})`)
    }
  })
  step('changeset publish publishes every package to the local registry', () => {
    run('npm', ['run', 'build'], release, env)
    run('npx', ['changeset', 'publish', '--no-git-tag'], release, env)
    for (const [name, { version }] of packageVersions(release)) {
      const shown = run('npm', ['view', `${name}@${version}`, 'version'], release, env).trim()
      expect(shown === version, `${name}@${version} is on the registry`)
    }
  })

  step('install footprint of npm i -D @fsflow/cli (reported)', () => {
    const lone = join(work, 'footprint')
    mkdirSync(lone)
    writeFileSync(join(lone, 'package.json'), JSON.stringify({ name: 'footprint', private: true }))
    run('npm', ['i', '-D', '@fsflow/cli'], lone, env)
    const packages = run('npm', ['ls', '--all', '--parseable'], lone, env).split('\n').filter(Boolean).length - 1
    const bytes = folderSize(join(lone, 'node_modules'))
    const footprint = `${packages} packages, ${(bytes / 1024 / 1024).toFixed(1)} MB`
    process.stdout.write(`    npm i -D @fsflow/cli: ${footprint}\n`)
    expect(!existsSync(join(lone, 'node_modules/ts-morph')) && !existsSync(join(lone, 'node_modules/typescript')), 'a JSON-only install has neither ts-morph nor typescript')
  })

  const app = join(work, 'app')
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'release-test-app', private: true, type: 'module' }, null, 2))
  step("the README's install section installs fsflow by name", () => {
    for (const command of readmeInstallCommands()) run('sh', ['-c', command], app, env)
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/@fsflow/cli/package.json'), 'utf8'))
    expect(installed.version === packageVersions(release).get('@fsflow/cli').version, 'the installed @fsflow/cli is the version just published')
    const scripts = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {}
    for (const name of readdirSync(join(app, 'node_modules/@fsflow'))) {
      const own = scripts(join(app, 'node_modules/@fsflow', name))
      for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(own[hook] === undefined, `@fsflow/${name} runs no ${hook} script on install`)
      for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md']) expect(existsSync(join(app, 'node_modules/@fsflow', name, file)), `@fsflow/${name} ships ${file}`)
    }
  })

  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false }, include: ['flows'] }, null, 2))
  mkdirSync(join(app, 'flows'))
  writeFileSync(join(app, 'flows/greeting.flow.ts'), readmeFlow())
  step('fsflow build compiles the README flow', () => {
    run('npx', ['fsflow', 'build', 'flows', '--out-dir', 'dist/flows'], app, env)
    const built = JSON.parse(readFileSync(join(app, 'dist/flows/greeting.flow.json'), 'utf8'))
    expect(Array.isArray(built) && built[0].type === 'start', 'dist/flows/greeting.flow.json is a flow')
    run('npx', ['fsflow', 'build', 'flows', '--out-dir', 'dist/flows', '--check'], app, env)
  })
  step('fsflow lint passes the flow in TS and JSON, and fails a broken JSON flow', () => {
    run('npx', ['fsflow', 'lint', 'flows', 'dist/flows'], app, env)
    writeFileSync(join(app, 'broken.flow.json'), JSON.stringify([{ id: 'start', type: 'start', outcome: 'greting' }, { id: 'greeting', type: 'end' }]))
    const result = run('npx', ['fsflow', 'lint', 'broken.flow.json', '--format', 'json'], app, env, 1)
    expect(JSON.parse(result)[0].messages.some((message) => message.ruleId === 'dangling-target'), 'the broken flow has a dangling-target error')
  })
  step('the schemas import from ESM and CommonJS', () => {
    writeFileSync(join(app, 'esm.mjs'), "import { Flow } from '@fsflow/schema'\nconsole.log(Flow.safeParse([{ id: 'start', type: 'start', outcome: 'end' }, { id: 'end', type: 'end' }]).success)\n")
    writeFileSync(join(app, 'cjs.cjs'), "const { Flow } = require('@fsflow/schema')\nconsole.log(Flow.safeParse([{ id: 'start', type: 'start', outcome: 'end' }, { id: 'end', type: 'end' }]).success)\n")
    expect(run('node', ['esm.mjs'], app, env).trim() === 'true', 'ESM import works')
    expect(run('node', ['--no-warnings', 'cjs.cjs'], app, env).trim() === 'true', 'CommonJS require works')
  })
  step('an app on zod 3.25 composes the schemas through zod/v4', () => {
    const zod3 = join(work, 'zod3')
    mkdirSync(zod3)
    writeFileSync(join(zod3, 'package.json'), JSON.stringify({ name: 'zod3-app', private: true, type: 'module' }))
    run('npm', ['i', '@fsflow/schema', 'zod@3.25'], zod3, env)
    writeFileSync(
      join(zod3, 'compose.mjs'),
      [
        "import { z } from 'zod/v4'",
        "import { Flow } from '@fsflow/schema'",
        'const Request = z.object({ tenant: z.string(), flow: Flow })',
        "const ok = Request.safeParse({ tenant: 't', flow: [{ id: 'start', type: 'start', outcome: 'end' }, { id: 'end', type: 'end' }] }).success",
        "const bad = Request.safeParse({ tenant: 't', flow: [] }).success",
        'console.log(ok, bad)',
        '',
      ].join('\n'),
    )
    expect(JSON.parse(readFileSync(join(zod3, 'node_modules/zod/package.json'), 'utf8')).version.startsWith('3.25.'), 'zod 3.25 is installed')
    expect(run('node', ['compose.mjs'], zod3, env).trim() === 'true false', 'a zod 3.25 schema composes Flow and validates with it')
  })
  step('tsc type-checks the flow (nodenext)', () => {
    run('npx', ['tsc', '-p', 'tsconfig.json'], app, env)
  })
  step('tsc type-checks the flow (bundler resolution)', () => {
    writeFileSync(join(app, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'preserve', moduleResolution: 'bundler', target: 'es2022', noEmit: true }, include: ['flows'] }, null, 2))
    run('npx', ['tsc', '-p', 'tsconfig.bundler.json'], app, env)
  })
  step(`the oldest TypeScript supported (${oldestTypeScript}) type-checks the flow too, both resolutions`, () => {
    run('npm', ['i', '-D', `typescript-oldest@npm:typescript@${oldestTypeScript}`], app, env)
    const tsc = join(app, 'node_modules/typescript-oldest/bin/tsc')
    run('node', [tsc, '-p', 'tsconfig.json'], app, env)
    run('node', [tsc, '-p', 'tsconfig.bundler.json'], app, env)
  })
} catch (error) {
  checks.failed++
  process.stderr.write(`release test: ${error instanceof Error ? error.message : String(error)}\n`)
} finally {
  registry?.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
process.stdout.write(`release: ${checks.passed} passed, ${checks.failed} failed\n`)
process.exitCode = checks.failed === 0 ? 0 : 1

/** Bytes of the files under a folder, as installed (links not followed). */
function folderSize(folder) {
  let total = 0
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size
  }
  return total
}

function step(name, body) {
  const started = Date.now()
  body()
  checks.passed++
  process.stdout.write(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
}

function expect(condition, what) {
  if (!condition) throw new Error(`expected: ${what}`)
}

/** Runs a command; returns its standard output; throws with its output when it exits otherwise than expected. */
function run(command, args, cwd, env, expectedStatus = 0) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== expectedStatus) {
    throw new Error(`'${command} ${args.join(' ')}' in ${cwd} exited ${result.status ?? result.signal} (expected ${expectedStatus}):\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

/** The files git would commit, as they are in the working tree: the release is of this tree. */
function copyRepository(to) {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = join(repo, file)
    if (!existsSync(from) || !statSync(from).isFile()) continue
    mkdirSync(dirname(join(to, file)), { recursive: true })
    cpSync(from, join(to, file))
  }
  return to
}

/** Every publishable package of the copy, by name: its folder and version. */
function packageVersions(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const found = new Map()
  for (const workspace of manifest.workspaces) {
    const dir = join(root, workspace)
    const own = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    if (own.private !== true) found.set(own.name, { dir, version: own.version })
  }
  return found
}

/** The commands of the README's "Install" section: what a user runs first. */
function readmeInstallCommands() {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8')
  const section = /^## Install\n([\s\S]*?)^## /m.exec(readme)?.[1]
  const block = section === undefined ? undefined : /```sh\n([\s\S]*?)```/.exec(section)?.[1]
  if (block === undefined) throw new Error('README.md has no "## Install" section with a sh block')
  const commands = block.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter((line) => line.startsWith('npm '))
  if (commands.length === 0) throw new Error('the Install section runs no npm command')
  return commands
}

/** The flow the README shows first, as a user would paste it. */
function readmeFlow() {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8')
  const flow = /```ts\n(\/\/ flows\/[\s\S]*?)```/.exec(readme)?.[1]
  if (flow === undefined) throw new Error('README.md shows no flow module')
  return flow
}

async function freePort() {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Verdaccio on 127.0.0.1, storing in the work folder; @fsflow packages are local only, others come through it from npm. */
async function startRegistry(url, port) {
  const home = join(work, 'registry')
  mkdirSync(home)
  writeFileSync(
    join(home, 'config.yaml'),
    [
      `storage: ${join(home, 'storage')}`,
      'auth:',
      `  htpasswd: { file: ${join(home, 'htpasswd')}, max_users: 10 }`,
      'uplinks:',
      '  npmjs: { url: https://registry.npmjs.org/, timeout: 60s }',
      'packages:',
      "  '@fsflow/*': { access: $all, publish: $authenticated }",
      "  '**': { access: $all, proxy: npmjs }",
      `listen: 127.0.0.1:${port}`,
      'log: { type: stdout, format: pretty, level: error }',
      '',
    ].join('\n'),
  )
  const bin = join(repo, 'node_modules/verdaccio/bin/verdaccio')
  const child = spawn(process.execPath, [bin, '--config', join(home, 'config.yaml')], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`the registry exited: ${stderr}`)
    const up = await fetch(`${url}-/ping`).then((response) => response.ok, () => false)
    if (up) return child
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  child.kill('SIGTERM')
  throw new Error(`the registry did not start within 20 s: ${stderr}`)
}

/** A publisher account on the local registry; its token is what `changeset publish` authenticates with. */
async function createUser(url) {
  const response = await fetch(`${url}-/user/org.couchdb.user:release`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'release', password: 'release-test-password' }),
  })
  const body = await response.json()
  if (typeof body.token !== 'string') throw new Error(`cannot create a registry user: ${JSON.stringify(body)}`)
  return body.token
}
