import fc from 'fast-check'
import { type KeyedOutcomeNodeType, keyedOutcomes } from '@fsflow/schema'

/** Where a route goes: a node id, `'next'`, a sub-flow written inline, a helper of the program, or a parametrised ending. */
type Route =
  | { readonly kind: 'id'; readonly id: string }
  | { readonly kind: 'next' }
  | { readonly kind: 'inline'; readonly steps: readonly Step[] }
  | { readonly kind: 'helper'; readonly index: number }
  | { readonly kind: 'ending'; readonly id: string; readonly prompt: Text }

/** A string as the program writes it: a literal, a const of the program, or a template of one. */
type Text = { readonly style: 'single' | 'double' | 'template' | 'const' | 'interpolated'; readonly value: string }

type Step =
  | { readonly kind: 'converse'; readonly id: Text; readonly prompt: Text; readonly options: ConverseOptions }
  | { readonly kind: 'keyed'; readonly type: KeyedOutcomeNodeType; readonly id: Text; readonly routes: readonly (readonly [string, Route])[]; readonly settings: boolean }
  | { readonly kind: 'validateData'; readonly id: Text; readonly branches: readonly Branch[] }
  | { readonly kind: 'callExternal'; readonly id: Text }
  | { readonly kind: 'fieldCondition'; readonly id: Text; readonly rules: readonly Route[]; readonly otherwise: Route }
  | { readonly kind: 'pipe'; readonly route: Route & { kind: 'inline' | 'helper' } }
  | { readonly kind: 'languages'; readonly id: Text; readonly langs: readonly string[]; readonly viaKeys: boolean }

type ConverseOptions =
  | { readonly kind: 'none' }
  | { readonly kind: 'single'; readonly outcome?: string; readonly when?: string; readonly doesNotRequireReply: boolean }
  | { readonly kind: 'branches'; readonly branches: readonly Branch[] }

interface Branch {
  readonly id?: string
  readonly when: string
  readonly to: Route
}

type Ending = { readonly kind: 'open' } | { readonly kind: 'end'; readonly id?: string } | { readonly kind: 'goto'; readonly id: string }

/** One generated program: helpers, then one exported flow (or a session around it). */
export interface BuilderProgram {
  readonly helpers: readonly { readonly steps: readonly Step[]; readonly ending: Ending }[]
  readonly startId?: string
  readonly steps: readonly Step[]
  readonly ending: Ending
  readonly session: boolean
}

const methods: Record<KeyedOutcomeNodeType, string> = {
  recognition: 'recognize',
  liveness_detection: 'liveness',
  enter_email: 'enterEmail',
  document_scan: 'scanDocument',
  face_scan: 'faceScan',
  two_factor_email: 'twoFactorEmail',
  two_factor_sms: 'twoFactorSms',
  permissions: 'permissions',
  face_compare: 'faceCompare',
}

const ids = fc.constantFrom('greeting', 'liveness', 'retry', 'closing', 'a', 'b', 'sorry', 'end', 'review')
const words = fc.constantFrom('Say: Hi!', 'Say: Hi! I need to verify your identity. It only takes a few seconds. Ready?', 'Ask for the email. Move on after 3 attempts.', 'Say: Is now a good time?', "Say: Thanks, you're all set.", '')
const text = (value: fc.Arbitrary<string>): fc.Arbitrary<Text> =>
  fc.record({ style: fc.constantFrom('single', 'double', 'template', 'const', 'interpolated'), value })

const outcomeNames = (type: KeyedOutcomeNodeType): string[] => [...keyedOutcomes[type].required, ...keyedOutcomes[type].optional]

/** Builder programs of every node type, route kind and way of writing a value that static replay reads. */
export function builderProgram(): fc.Arbitrary<BuilderProgram> {
  return fc.integer({ min: 0, max: 2 }).chain((helperCount) => {
    const { steps } = fc.letrec<{ steps: readonly Step[]; step: Step; route: Route }>((tie) => {
      const route = tie('route')
      const branch = fc.record({ id: fc.option(ids, { nil: undefined }), when: fc.constantFrom('The user agrees', '', 'The user declines'), to: route }, { requiredKeys: ['when', 'to'] })
      return {
        steps: fc.array(tie('step'), { maxLength: 3, depthIdentifier: 'steps' }),
        route: fc.oneof(
          { depthSize: 'xsmall', withCrossShrink: true },
          fc.record({ kind: fc.constant('id' as const), id: ids }),
          fc.constant({ kind: 'next' as const }),
          fc.record({ kind: fc.constant('ending' as const), id: ids, prompt: text(words) }),
          ...(helperCount > 0 ? [fc.record({ kind: fc.constant('helper' as const), index: fc.nat(helperCount - 1) })] : []),
          fc.record({ kind: fc.constant('inline' as const), steps: tie('steps') }),
        ),
        step: fc.oneof(
          { depthSize: 'xsmall', withCrossShrink: true },
          fc.record({
            kind: fc.constant('converse' as const),
            id: text(ids),
            prompt: text(words),
            options: fc.oneof(
              fc.constant({ kind: 'none' as const }),
              fc.record(
                { kind: fc.constant('single' as const), outcome: ids, when: fc.constantFrom('The user responded', ''), doesNotRequireReply: fc.boolean() },
                { requiredKeys: ['kind', 'doesNotRequireReply'] },
              ),
              fc.record({ kind: fc.constant('branches' as const), branches: fc.array(branch, { minLength: 1, maxLength: 3 }) }),
            ),
          }),
          fc.constantFrom(...(Object.keys(methods) as KeyedOutcomeNodeType[])).chain((type) =>
            fc.record({
              kind: fc.constant('keyed' as const),
              type: fc.constant(type),
              id: text(ids),
              routes: fc.subarray(outcomeNames(type)).chain((given) =>
                fc.tuple(...given.map((name) => fc.tuple(fc.constant(name), route))).chain((routed) =>
                  given.length < outcomeNames(type).length
                    ? fc.oneof(fc.constant(routed), route.map((otherwise) => [...routed, ['otherwise', otherwise] as const]))
                    : fc.constant(routed),
                ),
              ),
              settings: fc.boolean(),
            }),
          ),
          fc.record({ kind: fc.constant('validateData' as const), id: text(ids), branches: fc.array(branch, { maxLength: 3 }) }),
          fc.record({ kind: fc.constant('callExternal' as const), id: text(ids) }),
          fc.record({ kind: fc.constant('fieldCondition' as const), id: text(ids), rules: fc.array(route, { maxLength: 2 }), otherwise: route }),
          fc.record({
            kind: fc.constant('pipe' as const),
            route: fc.oneof(
              fc.record({ kind: fc.constant('inline' as const), steps: tie('steps') }),
              ...(helperCount > 0 ? [fc.record({ kind: fc.constant('helper' as const), index: fc.nat(helperCount - 1) })] : []),
            ),
          }),
          fc.record({ kind: fc.constant('languages' as const), id: text(ids), langs: fc.uniqueArray(fc.constantFrom('en', 'es', 'de'), { minLength: 1 }), viaKeys: fc.boolean() }),
        ),
      }
    })
    const ending: fc.Arbitrary<Ending> = fc.oneof(
      fc.constant({ kind: 'open' as const }),
      fc.record({ kind: fc.constant('end' as const), id: ids }, { requiredKeys: ['kind'] }),
      fc.record({ kind: fc.constant('goto' as const), id: ids }),
    )
    // A helper may use only the helpers before it, as code must declare a sub-flow before a flow calls it.
    const helper = (index: number): fc.Arbitrary<{ steps: readonly Step[]; ending: Ending }> =>
      fc.record({ steps, ending }).filter((written) => usesOnlyHelpersBefore(written.steps, index))
    return fc.record({
      helpers: fc.tuple(...Array.from({ length: helperCount }, (_, i) => helper(i))),
      startId: fc.option(ids, { nil: undefined }),
      steps,
      ending,
      session: fc.boolean(),
    }, { requiredKeys: ['helpers', 'steps', 'ending', 'session'] })
  })
}

function usesOnlyHelpersBefore(steps: readonly Step[], index: number): boolean {
  const routeOk = (route: Route): boolean =>
    route.kind === 'helper' ? route.index < index : route.kind === 'inline' ? usesOnlyHelpersBefore(route.steps, index) : true
  return steps.every((step) => {
    switch (step.kind) {
      case 'converse':
        return step.options.kind !== 'branches' || step.options.branches.every((branch) => routeOk(branch.to))
      case 'keyed':
        return step.routes.every(([, route]) => routeOk(route))
      case 'validateData':
        return step.branches.every((branch) => routeOk(branch.to))
      case 'fieldCondition':
        return [...step.rules, step.otherwise].every(routeOk)
      case 'pipe':
        return routeOk(step.route)
      default:
        return true
    }
  })
}

/** Prints programs as one TypeScript module, program `i` as `export const p<i>` (or its session). */
export function printModule(programs: readonly BuilderProgram[]): string {
  const lines = ["import { flow, session, type Path } from '@fsflow/builder'", '']
  programs.forEach((program, i) => { lines.push(...new Printer(`p${i}`).program(program), '') })
  return lines.join('\n')
}

class Printer {
  readonly #consts: string[] = []

  constructor(readonly prefix: string) {}

  program(program: BuilderProgram): string[] {
    const body: string[] = []
    program.helpers.forEach((helper, j) => {
      body.push(`const ${this.prefix}_h${j} = (path: Path) =>`, `  path${this.steps(helper.steps, '    ')}${this.ending(helper.ending, '    ')}`)
    })
    const start = program.startId === undefined ? '.start()' : `.start(${quote(program.startId)})`
    const chain = `flow()\n  ${start}${this.steps(program.steps, '  ')}${this.ending(program.ending, '  ')}`
    if (program.session) {
      body.push(`const ${this.prefix}_flow = ${chain}`, `export const ${this.prefix} = session({ clientReferenceId: '${this.prefix}', flow: ${this.prefix}_flow, videoAIAnalysisEnabled: true })`)
    } else {
      body.push(`export const ${this.prefix} = ${chain}`)
    }
    return [
      `const ${this.prefix}_name = 'Dana'`,
      `const ${this.prefix}_ending = (id: string, prompt: string) => (path: Path) =>\n  path\n    .converse(id, prompt, { doesNotRequireReply: true })\n    .end()`,
      ...this.#consts,
      ...body,
    ]
  }

  steps(steps: readonly Step[], indent: string): string {
    return steps.map((step) => `\n${indent}.${this.step(step, indent)}`).join('')
  }

  /** The call that ends a chain, on a line of its own: one call a line, as people write chains. */
  ending(ending: Ending, indent: string): string {
    if (ending.kind === 'open') return ''
    if (ending.kind === 'goto') return `\n${indent}.goto(${quote(ending.id)})`
    return ending.id === undefined ? `\n${indent}.end()` : `\n${indent}.end(${quote(ending.id)})`
  }

  step(step: Step, indent: string): string {
    switch (step.kind) {
      case 'converse':
        return `converse(${this.text(step.id)}, ${this.text(step.prompt)}${this.converseOptions(step.options, indent)})`
      case 'keyed': {
        const routes = step.routes.map(([name, route]) => `${name}: ${this.route(route, indent)}`).join(', ')
        const settings = step.settings ? ", { prompt: 'Please allow the camera.', similarityThreshold: 0.8 }" : ''
        return `${methods[step.type]}(${this.text(step.id)}, { ${routes} }${settings})`
      }
      case 'validateData':
        return `validateData(${this.text(step.id)}, { field: 'email', action: 'matches', value: '{email}' }, { outcomes: ${this.branches(step.branches, indent)} })`
      case 'callExternal':
        return `callExternal(${this.text(step.id)}, { url: 'https://api.example.com/verified', method: 'POST' })`
      case 'fieldCondition': {
        const rules = step.rules.map((route) => `{ left: { source: 'providedData', field: 'country' }, operator: 'equals', right: { type: 'literal', value: 'US' }, to: ${this.route(route, indent)} }`)
        return `fieldCondition(${this.text(step.id)}, { rules: [${rules.join(', ')}], otherwise: ${this.route(step.otherwise, indent)} })`
      }
      case 'pipe':
        return `pipe(${this.route(step.route, indent)})`
      case 'languages': {
        const name = `${this.prefix}_langs${this.#consts.length}`
        this.#consts.push(`const ${name} = { ${step.langs.map((lang) => `${lang}: 'Say: ${lang}'`).join(', ')} } as const`)
        const list = step.viaKeys ? `(Object.keys(${name}) as (keyof typeof ${name})[])` : `([${step.langs.map(quote).join(', ')}] as const)`
        return `converse(${this.text(step.id)}, 'Ask which language the user prefers.', { outcomes: ${list}.map((lang) => ({ id: lang, when: \`The user chose \${lang}\`, to: 'next' })) })`
      }
    }
  }

  converseOptions(options: ConverseOptions, indent: string): string {
    if (options.kind === 'none') return ''
    if (options.kind === 'branches') return `, { outcomes: ${this.branches(options.branches, indent)} }`
    const fields = [
      ...(options.outcome === undefined ? [] : [`outcome: ${quote(options.outcome)}`]),
      ...(options.when === undefined ? [] : [`when: ${quote(options.when)}`]),
      ...(options.doesNotRequireReply ? ['doesNotRequireReply: true'] : []),
    ]
    return `, { ${fields.join(', ')} }`
  }

  branches(branches: readonly Branch[], indent: string): string {
    const items = branches.map((branch) => {
      const id = branch.id === undefined ? '' : `id: ${quote(branch.id)}, `
      return `{ ${id}when: ${quote(branch.when)}, to: ${this.route(branch.to, indent)} }`
    })
    return `[${items.join(', ')}]`
  }

  route(route: Route, indent: string): string {
    switch (route.kind) {
      case 'id':
        return quote(route.id)
      case 'next':
        return "'next'"
      case 'helper':
        return `${this.prefix}_h${route.index}`
      case 'ending':
        return `${this.prefix}_ending(${quote(route.id)}, ${this.text(route.prompt)})`
      case 'inline':
        return `(path: Path) =>\n${indent}    path${this.steps(route.steps, `${indent}      `)}`
    }
  }

  text(text: Text): string {
    switch (text.style) {
      case 'single':
        return quote(text.value)
      case 'double':
        return JSON.stringify(text.value)
      case 'template':
        return `\`${text.value.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${')}\``
      case 'const': {
        const name = `${this.prefix}_t${this.#consts.length}`
        this.#consts.push(`const ${name} = ${quote(text.value)}`)
        return name
      }
      case 'interpolated':
        return `\`${text.value.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${')}\${${this.prefix}_name === 'Dana' ? '' : ${this.prefix}_name}\``
    }
  }
}

function quote(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
}

/**
 * Prints one program as two modules: its sub-flows, prompts and constants exported by `shared`, and
 * its flow in `main`, which imports them from `./<sharedName>.js`.
 */
export function printTwoModules(program: BuilderProgram, sharedName: string): { main: string; shared: string } {
  const statements = new Printer('p0').program(program).join('\n').split(/\n(?=(?:export )?const )/)
  const isShared = (statement: string): boolean => statement.startsWith('const ') && !statement.startsWith('const p0_flow ')
  const names = statements.filter(isShared).map((statement) => /^const (\w+)/.exec(statement)![1]!)
  return {
    shared: ["import type { Path } from '@fsflow/builder'", '', ...statements.filter(isShared).map((statement) => `export ${statement}`), ''].join('\n'),
    main: [
      "import { flow, session } from '@fsflow/builder'",
      `import { ${names.join(', ')} } from './${sharedName}.js'`,
      '',
      ...statements.filter((statement) => !isShared(statement)),
      '',
    ].join('\n'),
  }
}
