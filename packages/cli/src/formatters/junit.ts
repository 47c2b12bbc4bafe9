import type { Formatter } from './index.js'
import { reportedPath } from './repository-path.js'
import { ruleDocsUrl } from './rule-docs.js'

/** Characters XML 1.0 cannot hold at all, even escaped: they become U+FFFD. */
const notInXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text made safe for an XML attribute or element. */
export function xmlEscape(text: string): string {
  return text
    .replace(notInXml, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}

/**
 * JUnit XML, as Spectral writes it: one test suite per file, one failing test case per problem
 * (named after its rule and node), and one passing test case for a file without problems, so that
 * Jenkins, GitLab and the rest count flows as tests.
 */
export const junit: Formatter = (results, options) => {
  const root = options.repositoryRoot ?? options.cwd
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>']
  for (const result of results) {
    const file = xmlEscape(reportedPath(result.filePath, root))
    const count = result.messages.length
    out.push(`<testsuite package="org.fsflow" time="0" tests="${Math.max(count, 1)}" errors="0" failures="${count}" name="${file}">`)
    if (count === 0) out.push(`<testcase time="0" name="${file}" classname="${file}" />`)
    for (const message of result.messages) {
      const ruleId = message.ruleId ?? 'unlintable-file'
      const node = message.nodeId === undefined ? '' : `(${message.nodeId})`
      const url = ruleDocsUrl(message.ruleId)
      const detail = `line ${message.line}, col ${message.column}, ${message.severity === 2 ? 'error' : 'warning'}, ${message.message} (${ruleId}) at path ${message.path === '' ? '/' : message.path}${url === undefined ? '' : `, ${url}`}`
      out.push(
        `<testcase time="0" name="${xmlEscape(`org.fsflow.${ruleId}${node}`)}" classname="${file}">` +
          `<failure message="${xmlEscape(message.message)}" type="${message.severity === 2 ? 'error' : 'warning'}">${xmlEscape(detail)}</failure>` +
          '</testcase>',
      )
    }
    out.push('</testsuite>')
  }
  out.push('</testsuites>')
  return out.join('\n')
}
