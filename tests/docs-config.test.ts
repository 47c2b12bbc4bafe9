import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

/** Each code block of a page that follows a `<!-- file: path -->` marker, by that path. */
function includedFiles(page: string): Map<string, string> {
  const blocks = new Map<string, string>()
  for (const match of readFileSync(join(root, page), 'utf8').matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)```/g)) blocks.set(match[1]!, match[2]!)
  return blocks
}

describe('docs/custom-rules.md', () => {
  const blocks = includedFiles('docs/custom-rules.md')

  it('shows the rule, its test, its plugin and its config', () => {
    expect([...blocks.keys()].sort()).toEqual(['consent-before-video.test.ts', 'consent-before-video.ts', 'fsflow.config.ts', 'plugin.ts'].map((name) => `examples/custom-rules/${name}`))
  })

  for (const [path, code] of blocks) {
    it(`shows ${path} as it is`, () => {
      expect(code).toBe(readFileSync(join(root, path), 'utf8'))
    })
  }
})

describe('README', () => {
  it('links the config and custom rules pages', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toContain('docs/config.md')
    expect(readme).toContain('docs/custom-rules.md')
  })
})
