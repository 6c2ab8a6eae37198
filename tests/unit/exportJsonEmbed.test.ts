import { chromium, type Browser } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addArticle } from '../../src/main/services/articles'
import { updateClaim } from '../../src/main/services/claims'
import { tagPassage } from '../../src/main/services/passages'
import { updateSettings } from '../../src/main/services/settings'
import { chromiumLaunchOptions, chromiumPath } from '../e2e/browser'
import { existsSync } from 'node:fs'
import { useTempDirs } from './helpers'
import { useProject } from './serviceHarness'

// Each one ends, comments out or re-opens a <script> element, or ends a JavaScript line.
const PAYLOADS = [
  '</script><script>window.pwned=1</script>',
  '<!--<script>window.pwned=2</script>',
  '<script',
  '</SCRIPT ><img src=x onerror="window.pwned=3">',
  'line\u2028sep\u2029para',
  ']]> & &amp; -->'
]

const temp = useTempDirs()
const h = useProject(() => temp())
let browser: Browser | null = null
const PROBE = `({
  pwned: window.pwned ?? null,
  after: window.after ?? null,
  scripts: document.scripts.length,
  images: document.images.length,
  text: document.getElementById('ld')?.textContent ?? null
})`

beforeAll(async () => {
  if (existsSync(chromiumPath())) browser = await chromium.launch(chromiumLaunchOptions())
}, 60_000)
afterAll(async () => browser?.close())

/** A project whose every text field an export carries holds one of the payloads. */
function hostileProject(): void {
  h.ws.write(({ db, editor, at }) => {
    updateSettings(db, { publisherName: PAYLOADS[0], publisherUrl: 'https://checks.example/' }, editor, at)
    const body = PAYLOADS.map((p, i) => `Sentence ${i} says ${p} here.`).join(' ')
    const a = addArticle(
      db,
      {
        title: PAYLOADS.join(' '),
        outlet: PAYLOADS[1],
        author: PAYLOADS[2],
        url: null,
        publishedAt: '2026-01-02',
        body,
        language: 'en',
        source: 'test'
      },
      editor,
      at
    )
    PAYLOADS.forEach((p, i) => {
      const start = a.body.indexOf(p)
      const r = tagPassage(
        db,
        { articleId: a.id, start, end: start + p.length, kind: 'claim', newClaimText: `Claim ${p}`, note: p },
        editor,
        at
      )
      updateClaim(
        db,
        r.claim!.id,
        { status: 'false', claimant: p, rationale: p, reviewUrl: `https://checks.example/${i}` },
        editor,
        at
      )
    })
  })
}

describe('JSON exports embedded in a page', () => {
  for (const format of ['claimreview', 'w3c', 'json'] as const) {
    it.runIf(existsSync(chromiumPath()))(`${format}: stays inside <script type="application/ld+json">`, async () => {
      hostileProject()
      const r = await h.call<{ content: string }>('export.render', { format })
      const data = r.content
      // Every payload comes back whole from the JSON text.
      for (const p of PAYLOADS) expect(JSON.stringify(JSON.parse(data))).toContain(JSON.stringify(p).slice(1, -1))
      const page = await browser!.newPage()
      try {
        await page.setContent(
          `<!doctype html><body><script type="application/ld+json" id="ld">${data}</script><script>window.after = 1</script></body>`
        )
        // A string, so the Node-only type check has no DOM names to resolve.
        const got = (await page.evaluate(PROBE)) as { pwned: number | null; after: number | null; text: string | null }
        expect(got).toMatchObject({ pwned: null, after: 1, scripts: 2, images: 0 })
        expect(got.text).toBe(data)
        expect(JSON.parse(got.text!)).toEqual(JSON.parse(data))
        for (const c of ['<', '>', '&', '\u2028', '\u2029']) expect(data).not.toContain(c)
      } finally {
        await page.close()
      }
    })
  }
})
