/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- node types are compared as the strings they are at run time: the trees come from espree too, which has no enum */
import { dirname, relative } from 'node:path'
import type { SourceLocation } from '@fsflow/builder'
import type { TSESTree } from '@typescript-eslint/types'
import { builderFunctions, isChain, isChainMethod } from './builder-api.js'
import { builtinMethod, globalFunction, globalStatic, globalValues } from './builtins.js'
import { arrayValue, binaryValue, logicalValue, objectValue, templateValue, unaryValue } from './operators.js'
import { bindParameter, bindPattern } from './patterns.js'
import { type ModuleContext, Scope, defaultExport } from './scope.js'
import { Unresolved } from './unresolved.js'
import { asUnresolved, boundNames, calleeText, declarationOf, describeNode, errorMessage, isPlainObject, ownValue, propertyName } from './values.js'

type Node = TSESTree.Node
type Statement = TSESTree.Statement | TSESTree.ProgramStatement
type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration

/** The flow a chain belongs to, and the first thing that kept part of it from being replayed. */
export interface FlowRecord {
  tainted: Unresolved | undefined
}

/** How deep replayed functions may call each other before the replay gives up (runaway recursion). */
const maxCallDepth = 200
/** How many expressions one file's replay may evaluate: an editor must never hang on a keystroke. */
const maxSteps = 1_000_000

/**
 * Evaluates the expressions of one file (and of the modules it imports, when type information finds
 * them) that a careful reader can know the value of, calling the real builder with them. Everything
 * else throws `Unresolved`: nothing of any file is ever run, only read.
 */
export class Evaluator {
  /** The builder call being made now: where the builder places the node it makes. */
  currentSite: SourceLocation | undefined
  /** The call each site the builder was given came from. */
  readonly callOfSite = new WeakMap<SourceLocation, TSESTree.CallExpression>()
  /** The flow each chain, flow start and session belongs to. */
  readonly flowOf = new WeakMap<object, FlowRecord>()
  /** Functions of the file, made callable: only these and the builder's run when called. */
  readonly #closures = new WeakSet<object>()
  /** What `flow()` returned: its `start` is the only way in. */
  readonly #flowStarts = new WeakSet<object>()
  /** The flow whose builder call is running, for the paths it hands to sub-flows. */
  readonly #flowStack: FlowRecord[] = []
  /** The call of the linted file being evaluated now: where a stop in another module's code is shown. */
  #lintedCall: TSESTree.CallExpression | undefined
  #depth = 0
  #steps = 0

  constructor(
    /** The linted file: the only one problems are shown in. */
    readonly linted: ModuleContext,
    /** The file a node of a syntax tree was written in. */
    readonly fileOf: (node: Node) => string,
  ) {}

  /**
   * Runs code of `scope`'s module that may reach into another module's code: when that code stops the
   * replay and `scope` is the linted file's, the stop is shown at `at`, saying where it was.
   */
  acrossModules<T>(scope: Scope, at: Node, run: () => T): T {
    if (scope.module !== this.linted) return run()
    try {
      return run()
    } catch (error) {
      throw error instanceof Unresolved ? this.inLintedFile(error, at) : error
    }
  }

  /** A stop in another module's code, moved to `at` in the linted file, its reason ending with where it was (as `fsflow lint` says it). */
  inLintedFile(why: Unresolved, at: Node | undefined): Unresolved {
    const file = this.fileOf(why.node)
    if (file === this.linted.fileName || at === undefined) return why
    const where = `${relative(dirname(this.linted.fileName), file)}:${why.node.loc.start.line}`
    return new Unresolved(at, `${why.reason} (at ${where})`, why.rejectedByBuilder)
  }

  /** Runs a list of statements in order; a `return` ends it with its value. */
  runStatements(statements: readonly Statement[], scope: Scope): { returned: boolean; value: unknown } {
    this.hoist(statements, scope)
    for (const statement of statements) {
      const outcome = this.#runStatement(statement, scope)
      if (outcome.returned) return outcome
    }
    return { returned: false, value: undefined }
  }

  /** Declares a block's names before it runs: functions whole, `const` and `let` not yet initialised. */
  hoist(statements: readonly Statement[], scope: Scope): void {
    for (const statement of statements) {
      const declaration = declarationOf(statement)
      const functionName = declaration?.type === 'FunctionDeclaration' ? (declaration.id?.name ?? (statement.type === 'ExportDefaultDeclaration' ? defaultExport : undefined)) : undefined
      if (declaration?.type === 'FunctionDeclaration' && functionName !== undefined) {
        try {
          scope.define(functionName, this.#function(declaration, scope))
        } catch (error) {
          // An async function or a generator: unknowable when called, harmless when not.
          scope.defineUnresolved(functionName, asUnresolved(error, declaration))
        }
      } else if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) {
          for (const name of boundNames(declarator.id)) scope.declare(name, declarator)
        }
      } else if (declaration?.type === 'ClassDeclaration' && declaration.id !== null) {
        scope.defineUnresolved(declaration.id.name, new Unresolved(declaration, `class \`${declaration.id.name}\` is not replayed`))
      } else if (declaration?.type === 'TSEnumDeclaration') {
        scope.defineUnresolved(declaration.id.name, new Unresolved(declaration, `enum \`${declaration.id.name}\` is not replayed`))
      }
    }
  }

  /** Initialises the names of a variable declaration, in order; a name whose value cannot be known stays unresolved. */
  declareVariables(declaration: TSESTree.VariableDeclaration, scope: Scope): void {
    for (const declarator of declaration.declarations) {
      const names = boundNames(declarator.id)
      try {
        if (declaration.kind !== 'const') {
          const changed = names.find((name) => scope.module.reassigned.has(name))
          if (changed !== undefined) throw new Unresolved(declarator, `\`${declaration.kind} ${changed}\` is reassigned`)
        }
        const value = declarator.init === null ? undefined : this.evaluate(declarator.init, scope)
        bindPattern(declarator.id, value, scope, this.#evaluateIn)
      } catch (error) {
        const why = asUnresolved(error, declarator)
        for (const name of names) scope.defineUnresolved(name, why)
      }
    }
  }

  #runStatement(statement: Statement, scope: Scope): { returned: boolean; value: unknown } {
    const none = { returned: false, value: undefined }
    switch (statement.type) {
      case 'ReturnStatement':
        return { returned: true, value: statement.argument === null ? undefined : this.evaluate(statement.argument, scope) }
      case 'VariableDeclaration':
        this.declareVariables(statement, scope)
        return none
      case 'ExpressionStatement':
        this.evaluate(statement.expression, scope)
        return none
      case 'BlockStatement':
        return this.runStatements(statement.body, new Scope(scope))
      case 'IfStatement': {
        const branch = this.evaluate(statement.test, scope) ? statement.consequent : statement.alternate
        return branch === null ? none : this.runStatements([branch], new Scope(scope))
      }
      case 'FunctionDeclaration':
      case 'EmptyStatement':
      case 'TSTypeAliasDeclaration':
      case 'TSInterfaceDeclaration':
      case 'TSDeclareFunction':
        return none
      default:
        throw new Unresolved(statement, `${describeNode(statement)} is not replayed`)
    }
  }

  /** `evaluate`, as the destructuring of names calls it. */
  readonly #evaluateIn = (node: Node, scope: Scope): unknown => this.evaluate(node, scope)

  /** The value of an expression, or `Unresolved` at the first part of it that cannot be known. */
  evaluate(node: Node, scope: Scope): unknown {
    if (++this.#steps > maxSteps) throw new Unresolved(node, 'the replay took too many steps')
    switch (node.type) {
      case 'Literal':
        if ('regex' in node || 'bigint' in node) throw new Unresolved(node, `${node.raw} is not replayed`)
        return node.value
      case 'TemplateLiteral':
        return templateValue(node, scope, this.#evaluateIn)
      case 'Identifier':
        return this.#identifier(node, scope)
      case 'ObjectExpression':
        return objectValue(node, scope, this.#evaluateIn)
      case 'ArrayExpression':
        return arrayValue(node, scope, this.#evaluateIn)
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return this.#function(node, scope)
      case 'CallExpression':
        return this.#call(node, scope)
      case 'MemberExpression':
        return this.#member(node, scope)
      case 'ChainExpression':
        return this.evaluate(node.expression, scope)
      case 'ConditionalExpression':
        return this.evaluate(this.evaluate(node.test, scope) ? node.consequent : node.alternate, scope)
      case 'LogicalExpression':
        return logicalValue(node, scope, this.#evaluateIn)
      case 'BinaryExpression':
        return binaryValue(node, scope, this.#evaluateIn)
      case 'UnaryExpression':
        return unaryValue(node, scope, this.#evaluateIn)
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
        return this.evaluate(node.expression, scope)
      default:
        throw new Unresolved(node, `${describeNode(node)} is not replayed`)
    }
  }

  #identifier(node: TSESTree.Identifier, scope: Scope): unknown {
    if (!scope.has(node.name) && globalValues.has(node.name)) return globalValues.get(node.name)
    return scope.read(node.name, node)
  }

  /** A function of the file as a real function the builder can call: calling it replays its body. */
  #function(node: FunctionNode, scope: Scope): (...args: unknown[]) => unknown {
    if (node.async || node.generator) throw new Unresolved(node, 'an async or generator function is not replayed')
    const callable = (...args: unknown[]): unknown => this.#invoke(node, scope, args)
    this.#closures.add(callable)
    return callable
  }

  #invoke(node: FunctionNode, closure: Scope, args: readonly unknown[]): unknown {
    if (this.#depth >= maxCallDepth) throw new Unresolved(node, 'functions call each other too deeply to replay')
    this.#depth++
    try {
      const scope = new Scope(closure)
      node.params.forEach((param, i) => { bindParameter(param, args, i, scope, this.#evaluateIn) })
      if (node.body.type !== 'BlockStatement') return this.evaluate(node.body, scope)
      return this.runStatements(node.body.body, scope).value
    } finally {
      this.#depth--
    }
  }

  #member(node: TSESTree.MemberExpression, scope: Scope): unknown {
    const object = this.evaluate(node.object, scope)
    if (node.optional && (object === null || object === undefined)) return undefined
    const name = this.#memberName(node, scope)
    if ((Array.isArray(object) || typeof object === 'string') && name === 'length') return object.length
    if ((isPlainObject(object) || Array.isArray(object)) && Object.hasOwn(object, name)) return ownValue(object, name)
    if (isPlainObject(object) || Array.isArray(object)) return undefined
    throw new Unresolved(node, `\`.${name}\` is read from something the replay does not know`)
  }

  #memberName(node: TSESTree.MemberExpression, scope: Scope): string {
    if (!node.computed && node.property.type === 'Identifier') return node.property.name
    if (node.property.type === 'PrivateIdentifier') throw new Unresolved(node.property, 'a private member is not replayed')
    return propertyName(this.evaluate(node.property, scope), node.property)
  }

  #call(node: TSESTree.CallExpression, scope: Scope): unknown {
    if (scope.module !== this.linted) return this.#callIn(node, scope)
    const outer = this.#lintedCall
    this.#lintedCall = node
    try {
      return this.#callIn(node, scope)
    } finally {
      this.#lintedCall = outer
    }
  }

  #callIn(node: TSESTree.CallExpression, scope: Scope): unknown {
    const callee = node.callee
    if (callee.type === 'MemberExpression') return this.#methodCall(node, callee, scope)
    if (callee.type === 'Identifier' && !scope.has(callee.name)) {
      const conversion = globalFunction(callee.name)
      if (conversion !== undefined) return this.#builtin(node, () => conversion(this.#arguments(node, scope)[0]))
    }
    const fn = this.evaluate(callee, scope)
    if (node.optional && (fn === null || fn === undefined)) return undefined
    return this.#callValue(fn, node, scope)
  }

  /** Calls a function value: the builder's `flow` or `session`, or a function of the file. */
  #callValue(fn: unknown, node: TSESTree.CallExpression, scope: Scope): unknown {
    if (fn === builderFunctions.get('flow')) {
      const start = this.#builderCall(node, scope, undefined, () => (fn as () => object)())
      this.#flowStarts.add(start)
      this.flowOf.set(start, { tainted: undefined })
      return start
    }
    if (fn === builderFunctions.get('session')) return this.#session(node, fn as (body: unknown) => object, scope)
    const args = this.#arguments(node, scope)
    return this.acrossModules(scope, node, () => this.#callFunction(fn, node, args))
  }

  #methodCall(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression, scope: Scope): unknown {
    if (callee.object.type === 'Identifier' && !scope.has(callee.object.name)) {
      const name = callee.computed ? undefined : (callee.property as TSESTree.Identifier).name
      const fn = name === undefined ? undefined : globalStatic(callee.object.name, name)
      if (fn !== undefined) return this.#builtin(node, () => fn(...this.#arguments(node, scope)))
    }
    const receiver = this.evaluate(callee.object, scope)
    if ((callee.optional || node.optional) && (receiver === null || receiver === undefined)) return undefined
    const name = this.#memberName(callee, scope)
    if (isChain(receiver) && isChainMethod(name)) {
      const record = this.flowOf.get(receiver) ?? this.#flowStack[this.#flowStack.length - 1]
      const args = this.#argumentsOfFlow(node, scope, record)
      if (args === undefined) return receiver
      return this.#builderCall(node, scope, record, () => receiver[name]!(...args) as object)
    }
    if (typeof receiver === 'object' && receiver !== null && this.#flowStarts.has(receiver) && name === 'start') {
      const record = this.flowOf.get(receiver)
      const args = this.#argumentsOfFlow(node, scope, record)
      if (args === undefined) return receiver
      return this.#builderCall(node, scope, record, () => (receiver as { start: (...a: unknown[]) => object }).start(...args))
    }
    if (isPlainObject(receiver) && Object.hasOwn(receiver, name)) return this.#callValue(ownValue(receiver, name), node, scope)
    const method = builtinMethod(receiver, name)
    if (method === undefined) throw new Unresolved(callee, `\`.${name}()\` is not a call the replay knows`)
    const args = this.#arguments(node, scope)
    return this.#builtin(node, () => method(...args))
  }

  #session(node: TSESTree.CallExpression, fn: (body: unknown) => object, scope: Scope): unknown {
    const [body] = this.#arguments(node, scope)
    const flow = isPlainObject(body) ? body.flow : undefined
    const record = typeof flow === 'object' && flow !== null ? this.flowOf.get(flow) : undefined
    const built = this.#builderCall(node, scope, record, () => fn(body))
    if (record !== undefined) this.flowOf.set(built, record)
    return built
  }

  /**
   * The arguments of a builder call. When one cannot be known, the flow it was for cannot be either:
   * it is marked with why, and the call is left out (undefined), so that the rest of the chain is
   * still replayed for the rules that look at one node at a time; nothing is guessed.
   */
  #argumentsOfFlow(node: TSESTree.CallExpression, scope: Scope, record: FlowRecord | undefined): unknown[] | undefined {
    try {
      return this.#arguments(node, scope)
    } catch (error) {
      if (record === undefined) throw error
      record.tainted ??= this.inLintedFile(asUnresolved(error, node), this.#lintedCall)
      return undefined
    }
  }

  /**
   * Calls the builder with this call's place as its call site; what it rejects stops the replay there,
   * as does what stops a sub-flow of another module it calls.
   */
  #builderCall<T extends object>(node: TSESTree.CallExpression, scope: Scope, record: FlowRecord | undefined, call: () => T): T {
    const outerSite = this.currentSite
    const site = this.#siteOf(node, scope)
    this.currentSite = site
    if (record !== undefined) this.#flowStack.push(record)
    try {
      const result = call()
      if (record !== undefined) this.flowOf.set(result, record)
      return result
    } catch (error) {
      const thrown = error instanceof Unresolved ? error : new Unresolved(node, errorMessage(error), true)
      const why = scope.module === this.linted ? this.inLintedFile(thrown, node) : thrown
      if (record !== undefined) record.tainted ??= this.inLintedFile(why, this.#lintedCall)
      throw why
    } finally {
      if (record !== undefined) this.#flowStack.pop()
      this.currentSite = outerSite
    }
  }

  /** Where a stack trace would place this call: the method's name (or the function's), 1-based. */
  #siteOf(node: TSESTree.CallExpression, scope: Scope): SourceLocation {
    const name = node.callee.type === 'MemberExpression' ? node.callee.property : node.callee
    const site = { file: scope.module.fileName, line: name.loc.start.line, column: name.loc.start.column + 1 }
    this.callOfSite.set(site, node)
    return site
  }

  #callFunction(fn: unknown, node: TSESTree.CallExpression, args: readonly unknown[]): unknown {
    if (typeof fn !== 'function' || !this.#closures.has(fn)) {
      throw new Unresolved(node.callee, `\`${calleeText(node.callee)}\` is not a function declared in this file`)
    }
    return (fn as (...a: readonly unknown[]) => unknown)(...args)
  }

  #builtin(node: TSESTree.CallExpression, call: () => unknown): unknown {
    try {
      return call()
    } catch (error) {
      throw asUnresolved(error, node)
    }
  }

  #arguments(node: TSESTree.CallExpression, scope: Scope): unknown[] {
    const args: unknown[] = []
    for (const argument of node.arguments) {
      if (argument.type !== 'SpreadElement') args.push(this.evaluate(argument, scope))
      else {
        const spread = this.evaluate(argument.argument, scope)
        if (!Array.isArray(spread)) throw new Unresolved(argument, 'only arrays the file writes are spread')
        for (const item of spread as unknown[]) args.push(item)
      }
    }
    return args
  }
}
