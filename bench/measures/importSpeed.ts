import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { CorpusArticle } from '../corpus'
import { importRaw, importThroughServices, tempDir, workspace } from '../project'
import { median, time, type Figure } from '../stats'

/** Articles per second through the real service path, against raw prepared inserts of the same rows. */
export function measureImport(articles: CorpusArticle[], runs: number): Figure {
  const pipeline: number[] = []
  const raw: number[] = []
  for (let run = 0; run < runs; run++) {
    const dir = tempDir()
    try {
      raw.push(time(() => importRaw(join(dir, 'raw.factdesk'), articles)))
      const ws = workspace()
      ws.create(join(dir, 'real.factdesk'), 'bench')
      pipeline.push(time(() => importThroughServices(ws, articles)))
      ws.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const ms = median(pipeline)
  const baseMs = median(raw)
  const perSecond = (articles.length / ms) * 1000
  const ratio = ms / baseMs
  return {
    unit: 'articles/s',
    median: perSecond,
    samples: runs,
    ratio,
    baseline: { median: (articles.length / baseMs) * 1000, unit: 'articles/s' },
    target: '≥ 2,000 articles/s and ≤ 2× the raw baseline time',
    met: perSecond >= 2000 && ratio <= 2
  }
}
