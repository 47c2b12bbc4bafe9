import { describe, expect, it } from 'vitest'
import { ExitError } from '../../../src/exit-error.js'
import { reportTargets } from '../../../src/commands/lint/report-targets.js'

function usageMessage(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof ExitError && error.exitCode === 2) return error.message
    throw error
  }
  throw new Error('no usage error')
}

describe('reportTargets', () => {
  it('prints stylish when no format is given', () => {
    expect(reportTargets([], undefined)).toEqual([{ format: 'stylish', file: undefined }])
  })

  it('writes the format without a path to --output-file', () => {
    expect(reportTargets(['json'], 'out.json')).toEqual([{ format: 'json', file: 'out.json' }])
  })

  it('prints one format and writes each other to its own file', () => {
    expect(reportTargets(['github', 'sarif:reports/fsflow.sarif', 'junit:junit.xml'], undefined)).toEqual([
      { format: 'github', file: undefined },
      { format: 'sarif', file: 'reports/fsflow.sarif' },
      { format: 'junit', file: 'junit.xml' },
    ])
  })

  it('splits at the first colon only, so a Windows path keeps its drive', () => {
    expect(reportTargets(['sarif:C:\\reports\\fsflow.sarif'], undefined)).toEqual([{ format: 'sarif', file: 'C:\\reports\\fsflow.sarif' }])
  })

  it('prints nothing when every format names its file', () => {
    expect(reportTargets(['sarif:a.sarif'], undefined)).toEqual([{ format: 'sarif', file: 'a.sarif' }])
  })

  it('rejects a format fsflow does not have, listing those it has', () => {
    expect(usageMessage(() => reportTargets(['xml:a.xml'], undefined))).toBe(
      "Option '--format' must be one of stylish, json, sarif, github, markdown, gitlab, junit; got 'xml'.",
    )
  })

  it('rejects two formats for the standard output', () => {
    expect(usageMessage(() => reportTargets(['github', 'stylish'], undefined))).toMatch(/^Only one --format can go to the standard output; got github, stylish/)
  })

  it('rejects a colon without a path', () => {
    expect(usageMessage(() => reportTargets(['sarif:'], undefined))).toMatch(/needs a file after the colon/)
  })

  it('rejects --output-file when every format names its file', () => {
    expect(usageMessage(() => reportTargets(['sarif:a.sarif'], 'b.txt'))).toMatch(/--output-file has no report to write/)
  })

  it('rejects two reports to one file', () => {
    expect(usageMessage(() => reportTargets(['sarif:a.txt', 'json'], 'a.txt'))).toBe("Two reports would be written to 'a.txt': give each --format its own file.")
  })
})
