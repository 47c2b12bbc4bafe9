// A JUnit report read back, after checking that it is well-formed XML: how every test reads one.
import { XMLParser } from 'fast-xml-parser'
import { SyntaxValidator } from 'fast-xml-validator'

/** The report parsed, after checking that it is well-formed XML. */
export function parsedJunit(text: string): { testsuites: { testsuite: Record<string, unknown>[] } } {
  // Throws at the first place that is not well-formed, strict about `<` in attributes and `]]>` in text.
  SyntaxValidator.validate(text, { invalidCharSequence: { tagValue: true, attrLt: true } })
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) })
  return parser.parse(text) as { testsuites: { testsuite: Record<string, unknown>[] } }
}
