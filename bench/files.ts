import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CorpusArticle } from './corpus'

/** Writes articles as .txt files with a header block, the format `factdesk import` reads. */
export function writeCorpusFiles(dir: string, articles: CorpusArticle[]): string {
  mkdirSync(dir, { recursive: true })
  articles.forEach((a, i) => {
    const header = [
      `Title: ${a.title}`,
      `Outlet: ${a.outlet}`,
      `Author: ${a.author}`,
      `URL: ${a.url}`,
      `Date: ${a.publishedAt}`
    ]
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}.txt`), `${header.join('\n')}\n\n${a.body}\n`)
  })
  return dir
}
