import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Channel } from '../../src/shared/contract'
import { dispatch } from '../../src/main/services/dispatch'
import { useTempDirs } from './helpers'
import { useProject } from './serviceHarness'

/** Whatever a transport hands it, dispatch answers with a Result and never throws. */
const tempDir = useTempDirs()
const proj = useProject(tempDir)
const { call, failure } = proj

describe('dispatch never throws', () => {
  it('answers unknown channels with invalid_input', async () => {
    for (const channel of [
      'nope',
      'articles.nope',
      'constructor',
      '__proto__',
      'toString',
      '',
      42,
      null,
      undefined,
      { a: 1 }
    ]) {
      await expect(dispatch(proj.handlers, channel, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid_input' }
      })
    }
  })

  it('answers malformed input with invalid_input', async () => {
    const cases: [Channel, unknown][] = [
      ['articles.get', { id: '1' }],
      ['articles.get', { id: -1 }],
      ['articles.get', { id: 1.5 }],
      ['articles.get', { id: 1, extra: true }],
      ['articles.get', 'not an object'],
      ['articles.get', [1]],
      ['articles.get', null],
      ['articles.list', { unexpected: 1 }],
      ['articles.list', JSON.parse('{"__proto__": {"polluted": true}}')],
      ['articles.paste', { title: 'x'.repeat(1001), body: 'text' }],
      ['articles.paste', { title: 'Big', body: 'x'.repeat(10_000_001) }],
      ['articles.paste', { title: 'Bad url', body: 'text', url: 'not a url' }],
      ['articles.paste', { title: 'Script url', body: 'text', url: 'javascript:alert(1)' }],
      ['articles.paste', { title: 'Data url', body: 'text', url: 'data:text/html,<script>x</script>' }],
      ['settings.update', { publisherUrl: 'file:///etc/passwd' }],
      ['articles.paste', { title: 'Bad date', body: 'text', publishedAt: 'yesterday' }],
      ['passages.tag', { articleId: 1, start: 0, end: 4, kind: 'rumour' }],
      ['passages.tag', { articleId: 1, start: 0, end: 4, kind: 'claim', newClaimText: 'x'.repeat(100_001) }],
      ['claims.update', { id: 1, note: 'x'.repeat(100_001) }],
      ['project.open', { file: 'x'.repeat(4097) }],
      ['project.open', { file: '' }],
      ['settings.update', { statuses: [] }],
      ['settings.update', { statuses: [{ key: 'Bad Key', label: 'x', rating: null, retired: false }] }],
      ['history.list', { limit: 0 }]
    ]
    for (const [channel, input] of cases) {
      const r = await dispatch(proj.handlers, channel, input)
      expect({ channel, r }).toMatchObject({ channel, r: { ok: false, error: { code: 'invalid_input' } } })
    }
    expect(await call<unknown[]>('articles.list')).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('answers no_project when nothing is open', async () => {
    proj.ws.close()
    expect(await call('project.current')).toBeNull()
    for (const channel of ['articles.list', 'claims.list', 'settings.get', 'history.list'] as const) {
      expect(await failure(channel, {})).toMatchObject({ code: 'no_project' })
    }
    expect(await failure('articles.paste', { title: 'T', body: 'B' })).toMatchObject({ code: 'no_project' })
    expect(await failure('project.saveAs', { file: join(tempDir(), 'copy.factdesk') })).toMatchObject({
      code: 'no_project'
    })
    expect(await failure('dialog.pickProjectToOpen', {})).toMatchObject({ code: 'unsupported' })
  })

  it('turns a handler that throws or rejects into an internal error Result', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const broken = {
        ...proj.handlers,
        'articles.list': () => {
          throw new TypeError('boom')
        },
        'claims.list': () => Promise.reject(new Error('async boom'))
      }
      expect(await dispatch(broken, 'articles.list', {})).toEqual({
        ok: false,
        error: { code: 'internal', message: 'articles.list failed: boom' }
      })
      expect(await dispatch(broken, 'claims.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } })
    } finally {
      quiet.mockRestore()
    }
  })
})
