import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('../../../../', import.meta.url))

/**
 * Type-checks modules in one program, with the repository's test settings (`strict` and more), and
 * gives each module's errors, by its index. One program for all, so that a batch takes seconds.
 */
export function typeErrors(modules: readonly string[]): Map<number, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.test.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })
  if (config === undefined) throw new Error('cannot read tsconfig.test.json')
  if (config.options.strict !== true) throw new Error('tsconfig.test.json is expected to be strict')
  const fileOf = (index: number): string => `${root}packages/cli/tests/import/generated-${index}.flow.ts`
  const virtual = new Map(modules.map((code, index) => [fileOf(index), code]))
  const disk = ts.createCompilerHost(config.options)
  const host: ts.CompilerHost = {
    ...disk,
    fileExists: (file) => virtual.has(file) || disk.fileExists(file),
    readFile: (file) => virtual.get(file) ?? disk.readFile(file),
    getSourceFile: (file, language, ...rest) => {
      const code = virtual.get(file)
      return code === undefined ? disk.getSourceFile(file, language, ...rest) : ts.createSourceFile(file, code, language)
    },
  }
  const program = ts.createProgram([...virtual.keys()], config.options, host)
  const errors = new Map<number, string[]>()
  const indexOf = new Map([...virtual.keys()].map((file, index) => [file, index]))
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const index = diagnostic.file === undefined ? undefined : indexOf.get(diagnostic.file.fileName)
    if (index === undefined) continue
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
    errors.set(index, [...(errors.get(index) ?? []), `line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`])
  }
  return errors
}
