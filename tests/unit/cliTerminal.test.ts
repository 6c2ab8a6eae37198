import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliRunner, useTempDirs } from './helpers'

const tempDir = useTempDirs()
const cli = cliRunner(tempDir)

// Retitles the terminal (OSC 0), clears it (CSI 2J), a C1 CSI, DEL and a right-to-left override.
const TITLE = 'Harbour \x1b]0;pwned\x07news \x1b[2Jtoday \x9b31m\x7f \u202Eevil'
// Anything a terminal would act on: C0 but newline and tab, DEL, C1, bidi overrides and isolates.
// eslint-disable-next-line no-control-regex
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('CLI output and terminal escapes', () => {
  it('import, list and search print an article title with escapes as inert text; --json keeps it', async () => {
    const dir = tempDir()
    const file = join(dir, 'p.factdesk')
    const page = join(dir, 'page.html')
    writeFileSync(
      page,
      `<!doctype html><html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>The harbour ferry \x1b[2J timetable changes in spring, the board said on Monday.</p></article></body></html>`
    )
    expect((await cli('new', file)).code).toBe(0)
    const runs = [
      await cli('import', file, page),
      await cli('list', file, 'articles'),
      await cli('search', file, 'harbour')
    ]
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0)
      expect(r.stdout + r.stderr).not.toMatch(ACTIVE)
      expect(r.stdout).toMatch(/harbour/i)
    }
    // The title is shown, its controls as U+FFFD, the words around them kept.
    for (const r of runs.slice(0, 2)) expect(r.stdout).toMatch(/Harbour \uFFFD\]0;pwned\uFFFDnews \uFFFD\[2Jtoday/)
    const json = await cli('list', file, 'articles', '--json')
    const rows = JSON.parse(json.stdout) as { title: string }[]
    expect(rows[0].title).toContain('\x1b]0;pwned')
  })
})
