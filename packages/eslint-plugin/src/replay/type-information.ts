import { createRequire } from 'node:module'
import type { TSESTree } from '@typescript-eslint/types'
import type * as TypeScriptEstree from '@typescript-eslint/typescript-estree'
import type * as ts from 'typescript'
import type { ModuleResolver } from './modules.js'
import { walk } from './walk.js'

type Parse = typeof TypeScriptEstree.parse

/**
 * typescript-estree, an optional peer: loaded on first use, only when ESLint gives the plugin a
 * TypeScript program, so typescript-eslint (which depends on it) is installed. Null when it is not.
 */
let estreeParse: Parse | null | undefined

function loadParse(): Parse | null {
  if (estreeParse === undefined) {
    try {
      estreeParse = (createRequire(import.meta.url)('@typescript-eslint/typescript-estree') as typeof TypeScriptEstree).parse
    } catch {
      estreeParse = null
    }
  }
  return estreeParse
}

/**
 * The syntax tree of each source file, kept for as long as the program's source file lives: a
 * language service keeps the object of a file that has not changed, so a keystroke in one file
 * re-reads only that one, and ESLint on the command line reads each file once per run.
 */
const trees = new WeakMap<ts.SourceFile, TSESTree.Program | null>()

/** The imports of a source file, resolved by the program that holds it: the file name each names, or why not. */
const imports = new WeakMap<ts.Program, WeakMap<ts.SourceFile, Map<string, { fileName: string } | { why: string }>>>()

/**
 * Finds the modules a linted file imports with the program typescript-eslint made for it
 * (`parserOptions.projectService` or `project`): the type checker resolves each import as TypeScript
 * does, and each source file it names is read from the program, as text never run. Undefined when
 * there is no program, or typescript-estree cannot be loaded.
 */
export function resolverOf(parserServices: unknown): ModuleResolver | undefined {
  const program = (parserServices as { program?: ts.Program | null } | undefined)?.program
  if (program === undefined || program === null) return undefined
  const parse = loadParse()
  if (parse === null) return undefined
  return {
    resolve(specifier, fromFile) {
      const sourceFile = program.getSourceFile(fromFile)
      if (sourceFile === undefined) return { why: 'from a file that is not in the TypeScript project' }
      return importsOf(program, sourceFile).get(specifier) ?? { why: 'which TypeScript does not resolve' }
    },
    read(fileName) {
      const sourceFile = program.getSourceFile(fileName)
      if (sourceFile === undefined) return undefined
      let tree = trees.get(sourceFile)
      if (tree === undefined) {
        // The checker binds every file, which sets the parents typescript-estree reads (it does the same).
        program.getTypeChecker()
        tree = treeOf(parse, sourceFile)
        trees.set(sourceFile, tree)
      }
      return tree ?? undefined
    },
  }
}

/** Converts the program's own syntax tree (no second parse), with parents set so that a node's file can be told. */
function treeOf(parse: Parse, sourceFile: ts.SourceFile): TSESTree.Program | null {
  let tree: TSESTree.Program
  try {
    // typescript-estree takes a source file in place of its text (its `parseAndGenerateServices` says so in its type; `parse` does the same).
    tree = parse(sourceFile as unknown as string, { loc: true, range: true, loggerFn: false })
  } catch {
    return null
  }
  walk(tree, (node, parent) => {
    if (parent !== undefined) (node as { parent?: TSESTree.Node }).parent = parent
    return true
  })
  return tree
}

function importsOf(program: ts.Program, sourceFile: ts.SourceFile): Map<string, { fileName: string } | { why: string }> {
  let byFile = imports.get(program)
  if (byFile === undefined) imports.set(program, (byFile = new WeakMap()))
  let resolved = byFile.get(sourceFile)
  if (resolved === undefined) {
    resolved = new Map()
    const checker = program.getTypeChecker()
    for (const statement of sourceFile.statements) {
      const specifier = (statement as Partial<ts.ImportDeclaration | ts.ExportDeclaration>).moduleSpecifier
      const text = (specifier as Partial<ts.StringLiteral> | undefined)?.text
      if (specifier === undefined || text === undefined || resolved.has(text)) continue
      resolved.set(text, followed(program, checker.getSymbolAtLocation(specifier)))
    }
    byFile.set(sourceFile, resolved)
  }
  return resolved
}

/** The source file a module symbol stands for, when it is one of the project's own (not a package's, not a declaration). */
function followed(program: ts.Program, module: ts.Symbol | undefined): { fileName: string } | { why: string } {
  const declaration = module?.valueDeclaration
  if (declaration === undefined) return { why: 'which TypeScript does not resolve' }
  const file = declaration.getSourceFile()
  if (declaration !== file) return { why: 'a module declared with `declare module`' }
  if (program.isSourceFileFromExternalLibrary(file)) return { why: 'a package: only the project\'s own files are read' }
  if (file.isDeclarationFile) return { why: 'a declaration file, which holds no code to read' }
  return { fileName: file.fileName }
}
