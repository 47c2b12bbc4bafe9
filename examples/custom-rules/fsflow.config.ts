import { defineConfig } from '@fsflow/analyzer'
import acme from './plugin.js'

export default defineConfig(
  { ignores: ['flows/generated/'] },
  {
    files: ['flows/**/*.json'],
    plugins: { acme },
    rules: {
      'acme/consent-before-video': 'error',
      'greeting-too-short': ['warn', { minSeconds: 6 }],
    },
    settings: { wordsPerMinute: 140 },
  },
)
