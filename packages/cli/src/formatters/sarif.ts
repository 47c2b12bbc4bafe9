import { pathToFileURL } from 'node:url'
import type { Log, ReportingDescriptor, Result, Suppression as SarifSuppression } from 'sarif'
import { cliVersion } from '../cli-version.js'
import type { LintMessage, LintResult, Suppression } from '../lint-result.js'
import { fingerprints } from './fingerprints.js'
import type { Formatter } from './index.js'
import { repositoryPath } from './repository-path.js'
import { ruleOf } from './rule-docs.js'
import { ruleHelp } from './rule-help.generated.js'

/** Where the reports' paths start: the repository root, named as code scanning expects. */
const sourceRoot = '%SRCROOT%'

/** The rule under which a file that could not be read or loaded is reported: the alert must have a rule. */
export const unlintableFileRuleId = 'unlintable-file'

/** The rule under which a suppression that silences nothing is reported (ESLint gives such warnings no rule). */
export const unusedSuppressionRuleId = 'unused-suppression'

const unusedSuppressionIds = new Set(['unusedDirective', 'unusedSuppression', 'unusedBulkSuppression'])

const informationUri = 'https://github.com/fsflow/fsflow'

const levels = { 2: 'error', 1: 'warning' } as const

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run of fsflow, describing each rule that ran or
 * reported (with its documentation page as help), and one result per problem, placed in the file
 * relative to the repository root and on its node, with a fingerprint that survives moved lines.
 */
export const sarif: Formatter = (results, options) => {
  const root = options.repositoryRoot ?? options.cwd
  const reported = results.flatMap((result) => [...result.messages, ...result.suppressedMessages].map(ruleIdOf))
  const ruleIds = [...new Set([...(options.rulesRun ?? []), ...reported])]
  const ruleIndex = new Map(ruleIds.map((ruleId, index) => [ruleId, index]))
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'fsflow', version: cliVersion(), informationUri, rules: ruleIds.map(descriptorOf) } },
        originalUriBaseIds: { [sourceRoot]: { uri: folderUri(root) } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) => resultsOf(result, root, ruleIndex)),
      },
    ],
  }
  return JSON.stringify(log, null, 2)
}

function ruleIdOf(message: LintMessage): string {
  if (message.ruleId !== null) return message.ruleId
  return message.messageId !== undefined && unusedSuppressionIds.has(message.messageId) ? unusedSuppressionRuleId : unlintableFileRuleId
}

/** SARIF's suppression: in the source for a comment, external for the config and the bulk file, with the reason when one was given. */
function sarifSuppressionOf({ kind, justification }: Suppression): SarifSuppression {
  return { kind: kind === 'directive' ? 'inSource' : 'external', ...(justification === '' ? {} : { justification }) }
}

/** A rule's name as SARIF wants one, readable and unlike its id: `dangling-target` is `DanglingTarget`. */
function nameOf(ruleId: string): string {
  return ruleId.replace(/(?:^|-)([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase())
}

const unlintableHelp = 'The message says why and where. Run fsflow lint on the file to see it with the lines it is about.'

const unusedSuppressionDescription = 'An fsflow-disable comment, a config suppress entry or a bulk suppression count that silences no problem: remove it, so that suppressions never outlive what they were for.'

function descriptorOf(ruleId: string): ReportingDescriptor {
  if (ruleId === unusedSuppressionRuleId) {
    return {
      id: ruleId,
      name: nameOf(ruleId),
      shortDescription: { text: 'A suppression silences nothing' },
      fullDescription: { text: unusedSuppressionDescription },
      help: { text: unusedSuppressionDescription, markdown: unusedSuppressionDescription },
      defaultConfiguration: { level: 'warning' },
      helpUri: `${informationUri}/blob/main/docs/suppressions.md`,
    }
  }
  const rule = ruleOf(ruleId)
  if (rule === undefined) {
    const description = 'A flow file that fsflow could not read or load (a module that throws, does not parse or exports no flow), so it was not linted.'
    return {
      id: ruleId,
      name: nameOf(ruleId),
      shortDescription: { text: 'The file could not be linted' },
      fullDescription: { text: description },
      help: { text: `${description} ${unlintableHelp}`, markdown: `${description} ${unlintableHelp}` },
      defaultConfiguration: { level: 'error' },
      helpUri: `${informationUri}/blob/main/docs/cli.md#exit-codes`,
    }
  }
  const { description, recommended, url } = rule.meta.docs
  const help = Object.hasOwn(ruleHelp, ruleId) ? ruleHelp[ruleId]! : description
  return {
    id: ruleId,
    name: nameOf(ruleId),
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: { text: help, markdown: help },
    defaultConfiguration: { level: recommended === 'error' ? 'error' : 'warning' },
    helpUri: url,
    properties: { tags: [rule.meta.type] },
  }
}

function resultsOf(result: LintResult, root: string, ruleIndex: ReadonlyMap<string, number>): Result[] {
  const path = repositoryPath(result.filePath, root)
  const artifactLocation = path === undefined ? { uri: pathToFileURL(result.filePath).href } : { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: sourceRoot }
  const place = (message: LintMessage, fingerprint: string): Result => {
    const ruleId = ruleIdOf(message)
    return {
      ruleId,
      ruleIndex: ruleIndex.get(ruleId)!,
      level: levels[message.severity],
      message: { text: message.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
          },
          ...(message.nodeId === undefined
            ? {}
            : { logicalLocations: [{ name: message.nodeId, fullyQualifiedName: message.path, kind: 'object' }] }),
        },
      ],
      partialFingerprints: { 'fsflow/v1': fingerprint },
      ...(message.suppressions === undefined ? {} : { suppressions: message.suppressions.map(sarifSuppressionOf) }),
    }
  }
  const shownPath = path ?? result.filePath
  const shown = fingerprints(shownPath, result.messages)
  const suppressed = fingerprints(shownPath, result.suppressedMessages)
  return [
    ...result.messages.map((message, index) => place(message, shown[index]!)),
    ...result.suppressedMessages.map((message, index) => place(message, suppressed[index]!)),
  ]
}

/** A folder's `file:` URI, ending in `/` as SARIF requires of a base. */
function folderUri(folder: string): string {
  const uri = pathToFileURL(folder).href
  return uri.endsWith('/') ? uri : `${uri}/`
}
