import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'

export interface SampleArticle {
  title: string
  outlet: string
  author: string
  url: string
  publishedAt: string
  body: string
}

/**
 * Sample articles live in resources/sample as plain text with a small header block
 * ("Key: value" lines, then a blank line, then the body), so they are easy to read and edit.
 */
export function readSampleArticles(resourcesDir: string): SampleArticle[] {
  const dir = join(resourcesDir, 'sample')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseSample(readFileSync(join(dir, f), 'utf8')))
}

function parseSample(text: string): SampleArticle {
  const [head, ...rest] = text.replace(/\r\n?/g, '\n').split('\n\n')
  const meta: Record<string, string> = {}
  for (const line of head.split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line)
    if (m) meta[m[1].toLowerCase()] = m[2].trim()
  }
  return {
    title: meta.title ?? 'Untitled',
    outlet: meta.outlet ?? '',
    author: meta.author ?? '',
    url: meta.url ?? '',
    publishedAt: meta.date ?? '',
    body: rest.join('\n\n')
  }
}

/** A fresh path for a sample project: Documents/Factdesk when it exists, the temp folder otherwise. */
export function samplePath(now = new Date(), taken: ReadonlySet<string> = new Set()): string {
  const docs = join(homedir(), 'Documents')
  const base = existsSync(docs) ? join(docs, 'Factdesk') : join(tmpdir(), 'factdesk-samples')
  const stamp = now.toISOString().replace(/[:.]/g, '-').replace('T', ' ').slice(0, 19)
  let file = join(base, `Sample project ${stamp}.factdesk`)
  for (let n = 2; existsSync(file) || taken.has(file); n++) file = join(base, `Sample project ${stamp} (${n}).factdesk`)
  return file
}
