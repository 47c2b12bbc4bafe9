import { readFileSync } from 'node:fs'
import { analyzeFlow, type LintConfig } from '@fsflow/analyzer'
import { describe, expect, it } from 'vitest'
import acme from './plugin.js'

const flow = (name: string): unknown => JSON.parse(readFileSync(new URL(`flows/${name}`, import.meta.url), 'utf8')) as unknown
const config: LintConfig = { plugins: { acme }, rules: { 'acme/consent-before-video': 'error' } }
const consentProblems = (document: unknown, options = config): unknown[] =>
  analyzeFlow(document, options)
    .filter((diagnostic) => diagnostic.ruleId === 'acme/consent-before-video')
    .map(({ messageId, nodeId, data }) => ({ messageId, nodeId, data }))

describe('acme/consent-before-video', () => {
  it('reports a video node that a path reaches without a consent conversation', () => {
    expect(consentProblems(flow('without-consent.json'))).toEqual([{ messageId: 'noConsent', nodeId: 'recognition', data: { type: 'recognition', id: 'recognition' } }])
  })

  it('accepts a flow that asks for consent before the video node', () => {
    expect(consentProblems(flow('with-consent.json'))).toEqual([])
  })

  it('takes the words that mark consent as an option', () => {
    const options: LintConfig = { ...config, rules: { 'acme/consent-before-video': ['error', { keywords: ['verify your identity'] }] } }
    expect(consentProblems(flow('without-consent.json'), options)).toEqual([])
  })
})
