import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/services/dispatch'
import { createHandlers } from '../../src/main/services/handlers'
import type { Workspace } from '../../src/main/services/workspace'
import { TOKEN_HEADER, startServer, type RunningServer } from '../../src/main/server/httpServer'
import { newWorkspace, useTempDirs } from './helpers'

/** The path-taking entries, tried through the real HTTP server as any page holding the token could. */
const tempDir = useTempDirs()
let ws: Workspace
let server: RunningServer
let dir: string

beforeEach(async () => {
  dir = tempDir()
  ws = newWorkspace('factdesk serve')
  ws.create(join(dir, 'story.factdesk'), 'Story')
  server = await startServer({ handlers: createHandlers(ws, { version: 'test', shell: 'browser' }), rendererDir: dir })
})
afterEach(async () => {
  await server.close()
  ws.close()
})

async function api(
  channel: string,
  input: unknown
): Promise<{ status: number; body: { ok: boolean; value?: unknown; error?: { message: string } } }> {
  const r = await fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
    body: JSON.stringify(input)
  })
  return { status: r.status, body: (await r.json()) as never }
}

describe('browser mode: what a page may name', () => {
  it('cannot write an export over a file, run a program as Chromium, or read a file by path', async () => {
    const victim = join(dir, 'notes.txt')
    writeFileSync(victim, 'my notes')
    const marker = join(dir, 'ran')
    const program = join(dir, 'fake-chromium.sh')
    writeFileSync(program, `#!/bin/sh\ntouch ${marker}\n`)
    chmodSync(program, 0o755)
    const secret = join(dir, 'secret.md')
    writeFileSync(secret, '# Private\n\nSECRET-LINE-42 from the home folder.\n')

    const tries: [string, unknown][] = [
      ['export.toFile', { format: 'md', path: victim }],
      ['export.toFile', { format: 'pdf', path: join(dir, 'r.pdf'), chromium: program }],
      ['export.toFile', { format: 'pdf', path: join(dir, 'r2.pdf'), chromium: '/usr/bin/id' }],
      ['import.start', { paths: [secret] }],
      ['projectData.import', { file: join(dir, 'new.factdesk'), from: secret }],
      ['export.pickFile', { format: 'md' }],
      ['import.pickFiles', {}]
    ]
    for (const [channel, input] of tries) {
      const r = await api(channel, input)
      expect({ channel, status: r.status, ok: r.body.ok }).toEqual({ channel, status: 403, ok: false })
      expect(r.body.error?.message).toMatch(/browser mode/)
    }
    // Give a started job (if any) time to run, then look for its traces.
    await new Promise((r) => setTimeout(r, 300))
    expect(readFileSync(victim, 'utf8')).toBe('my notes')
    expect(existsSync(marker)).toBe(false)
    expect(existsSync(join(dir, 'new.factdesk'))).toBe(false)
    const list = await api('articles.list', {})
    expect(JSON.stringify(list.body)).not.toContain('SECRET-LINE-42')

    // What the renderer does use still works: an export comes back as a download.
    const md = await api('export.render', { format: 'md' })
    expect(md).toMatchObject({ status: 200, body: { ok: true } })
  })

  it('export.toFile (desktop and CLI) replaces only an earlier export of the same kind', async () => {
    const h = createHandlers(ws, { version: 'test', shell: 'browser' })
    const notes = join(dir, 'notes.txt')
    writeFileSync(notes, 'my notes')
    const r = await dispatch(h, 'export.toFile', { format: 'md', path: notes })
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(readFileSync(notes, 'utf8')).toBe('my notes')
    const report = join(dir, 'report.md')
    expect(await dispatch(h, 'export.toFile', { format: 'md', path: report })).toMatchObject({ ok: true })
    expect(await dispatch(h, 'export.toFile', { format: 'md', path: report })).toMatchObject({ ok: true })
  })
})
