import type { Plugin } from '@fsflow/analyzer'
import consentBeforeVideo from './consent-before-video.js'

/** Acme's house rules for fsflow, shared as one plugin. */
const acme: Plugin = {
  meta: { name: 'fsflow-plugin-acme', version: '1.0.0' },
  rules: { 'consent-before-video': consentBeforeVideo },
}

export default acme
