import type { Formatter } from './index.js'
import { fingerprints } from './fingerprints.js'
import { reportedPath } from './repository-path.js'
import { ruleDocsUrl } from './rule-docs.js'

/** One entry of a GitLab Code Quality report (the Code Climate issue subset GitLab reads). */
interface CodeQualityIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker'
  location: { path: string; lines: { begin: number; end: number } }
  content?: { body: string }
}

/**
 * GitLab's Code Quality report: one issue per problem, paths relative to the repository root,
 * fingerprinted as the SARIF report is (file, rule, node and message, never the line), so that the
 * merge request widget tells new problems from old ones. Errors are `major`, warnings `minor`, a file
 * that could not be linted `blocker`.
 */
export const gitlab: Formatter = (results, options) => {
  const root = options.repositoryRoot ?? options.cwd
  const issues: CodeQualityIssue[] = results.flatMap((result) => {
    const path = reportedPath(result.filePath, root)
    const prints = fingerprints(path, result.messages)
    return result.messages.map((message, index) => {
      const url = ruleDocsUrl(message.ruleId)
      return {
        description: message.message,
        check_name: message.ruleId ?? 'unlintable-file',
        fingerprint: prints[index]!,
        severity: message.fatal === true ? 'blocker' : message.severity === 2 ? 'major' : 'minor',
        location: { path, lines: { begin: message.line, end: message.endLine } },
        ...(url === undefined ? {} : { content: { body: `See [${message.ruleId ?? ''}](${url}).` } }),
      }
    })
  })
  return JSON.stringify(issues, null, 2)
}
