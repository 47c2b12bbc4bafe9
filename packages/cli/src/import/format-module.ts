import type { FormatCodeSettings } from 'ts-morph'

/** TypeScript's own formatter settings, as the docs' examples are written: two spaces, no semicolons. */
const settings = (semicolons: FormatCodeSettings['semicolons']): FormatCodeSettings => ({
  indentSize: 2,
  tabSize: 2,
  convertTabsToSpaces: true,
  newLineCharacter: '\n',
  semicolons,
  insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
  insertSpaceAfterOpeningAndBeforeClosingNonemptyBrackets: false,
})

/**
 * Indents and spaces a module with TypeScript's formatter (through ts-morph, an optional peer
 * dependency, loaded only here so that no other command pays for it). The lines stay where
 * `importFlow` broke them: one call a line. A module too deeply nested for the formatter (a chain of
 * many hundreds of calls) is given back as it came.
 */
export async function formatModule(text: string): Promise<string> {
  const { Project, ts } = await import('ts-morph')
  // One in-memory project for every module formatted: making one costs more than formatting.
  project ??= new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true })
  const file = project.createSourceFile('imported.flow.ts', text, { overwrite: true })
  try {
    file.formatText(settings(ts.SemicolonPreference.Remove))
  } catch (error) {
    // A chain of many hundreds of calls nests deeper than the formatter's stack: it stays one call a line, unindented.
    if (error instanceof RangeError) return text
    throw error
  }
  return file.getFullText()
}

let project: import('ts-morph').Project | undefined
