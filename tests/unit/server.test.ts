import { mkdirSync, writeFileSync } from 'node:fs'
import { request, type OutgoingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../src/main/services/handlers'
import type { Workspace } from '../../src/main/services/workspace'
import { MAX_REQUEST_BYTES, TOKEN_HEADER, startServer, type RunningServer } from '../../src/main/server/httpServer'
import { newWorkspace, useTempDirs } from './helpers'

const tempDir = useTempDirs()
const TOKEN = 'test-token-0123456789abcdef'
const SECRET = 'TOP-SECRET-PACKAGE-JSON'
const INDEX = '<!doctype html><title>Factdesk</title><script src="/assets/app.js"></script>'
const APP_JS = 'console.log("factdesk")'

let ws: Workspace
let server: RunningServer
let projectFile: string

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Raw node:http, so paths go out unnormalised and Host can be anything. */
function send(opts: {
  method?: string
  path: string
  headers?: OutgoingHttpHeaders
  body?: string | Buffer
  setHost?: boolean
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: opts.headers,
        setHost: opts.setHost
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') })
        )
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

const tokenCookie = `factdesk_token=${TOKEN}`
const api = (channel: string, body: unknown, headers: OutgoingHttpHeaders = { [TOKEN_HEADER]: TOKEN }) =>
  send({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body)
  })

beforeEach(async () => {
  const dir = tempDir()
  // The renderer folder sits inside a folder holding a file that must never be served.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ secret: SECRET }))
  const rendererDir = join(dir, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), INDEX)
  writeFileSync(join(rendererDir, 'assets', 'app.js'), APP_JS)
  ws = newWorkspace('factdesk serve')
  projectFile = join(dir, 'story.factdesk')
  ws.create(projectFile, 'Served story')
  server = await startServer({
    handlers: createHandlers(ws, { version: 'test', shell: 'browser' }),
    rendererDir,
    token: TOKEN
  })
})
afterEach(async () => {
  await server.close()
  ws.close()
})

describe('loopback server', () => {
  it('listens on 127.0.0.1 only and prints a tokened URL', () => {
    const address = server.server.address() as AddressInfo
    expect(address.address).toBe('127.0.0.1')
    expect(address.port).toBe(server.port)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`)
  })

  it('serves the page only with the token, then its assets with the cookie', async () => {
    expect((await send({ path: '/' })).status).toBe(401)
    expect((await send({ path: '/?token=wrong' })).status).toBe(403)
    expect((await send({ path: `/?token=${TOKEN}x` })).status).toBe(403)

    const page = await send({ path: `/?token=${TOKEN}` })
    expect(page.status).toBe(200)
    expect(page.body).toBe(INDEX)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    const setCookie = String(page.headers['set-cookie'])
    // A session value for the assets, named for the port; never the API token (see serverCookie.test.ts).
    expect(setCookie).toMatch(new RegExp(`^factdesk_session_${server.port}=[\\w-]{32};`))
    expect(setCookie).not.toContain(TOKEN)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Strict/)
    const cookie = setCookie.split(';')[0]

    const asset = await send({ path: '/assets/app.js', headers: { cookie } })
    expect(asset).toMatchObject({ status: 200, body: APP_JS })
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/)
    expect((await send({ path: '/assets/app.js' })).status).toBe(401)
    expect(
      (await send({ path: '/assets/app.js', headers: { cookie: `factdesk_session_${server.port}=nope` } })).status
    ).toBe(403)
    expect((await send({ path: '/assets/app.js', headers: { cookie: tokenCookie } })).status).toBe(401)
    expect((await send({ path: '/assets/missing.js', headers: { cookie } })).status).toBe(404)
    expect((await send({ method: 'POST', path: '/', headers: { cookie } })).status).toBe(405)
  })

  it('answers the API only with the token header, as Result JSON', async () => {
    expect((await api('project.current', {}, {})).status).toBe(401)
    expect((await api('project.current', {}, { cookie: tokenCookie })).status).toBe(401)
    expect((await api('project.current', {}, { [TOKEN_HEADER]: 'wrong' })).status).toBe(403)

    const current = await api('project.current', {})
    expect(current.status).toBe(200)
    expect(current.headers['content-type']).toMatch(/^application\/json/)
    expect(JSON.parse(current.body)).toMatchObject({
      ok: true,
      value: { file: projectFile, title: 'Served story', readOnly: false }
    })

    const pasted = JSON.parse(
      (await api('articles.paste', { title: 'Over HTTP', body: 'Pasted through the API.' })).body
    )
    expect(pasted).toMatchObject({ ok: true, value: { title: 'Over HTTP' } })
    expect(ws.requireInfo().articles).toBe(1)

    expect(JSON.parse((await api('no.such', {})).body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(JSON.parse((await api('articles.get', { id: 'x' })).body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect((await send({ path: '/api/project.current', headers: { [TOKEN_HEADER]: TOKEN } })).status).toBe(405)
    const empty = await send({ method: 'POST', path: '/api/project.current', headers: { [TOKEN_HEADER]: TOKEN } })
    expect(JSON.parse(empty.body)).toMatchObject({ ok: true })
  })

  it('refuses a foreign Host header (DNS rebinding) and a missing one', async () => {
    const evil = await send({ path: `/?token=${TOKEN}`, headers: { host: `evil.example:${server.port}` } })
    expect(evil.status).toBe(403)
    expect(evil.body).not.toContain('Factdesk</title>')
    expect(
      (await api('project.current', {}, { [TOKEN_HEADER]: TOKEN, host: `127.0.0.1.evil.example:${server.port}` }))
        .status
    ).toBe(403)
    expect((await send({ path: `/?token=${TOKEN}`, headers: { host: '127.0.0.1' } })).status).toBe(403)
    // Node itself answers 400 to an HTTP/1.1 request without Host; either way it is refused.
    expect([400, 403]).toContain((await send({ path: `/?token=${TOKEN}`, setHost: false })).status)
    expect((await send({ path: `/?token=${TOKEN}`, headers: { host: `localhost:${server.port}` } })).status).toBe(200)
  })

  it('refuses a foreign Origin', async () => {
    for (const origin of [
      'http://evil.example',
      'null',
      `http://127.0.0.1:${server.port + 1}`,
      `https://127.0.0.1:${server.port}`
    ]) {
      expect((await api('project.current', {}, { [TOKEN_HEADER]: TOKEN, origin })).status).toBe(403)
      expect((await send({ path: `/?token=${TOKEN}`, headers: { origin } })).status).toBe(403)
    }
    expect(
      (await api('project.current', {}, { [TOKEN_HEADER]: TOKEN, origin: `http://127.0.0.1:${server.port}` })).status
    ).toBe(200)
  })

  it('never serves a file outside the renderer folder', async () => {
    const paths = [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
      '/%252e%252e%252fpackage.json',
      '/index.html%00.js',
      '/%00',
      '/assets/%E0%A4%A',
      '//etc/passwd',
      '/assets/',
      `/${'a/'.repeat(200)}..`
    ]
    const cookie = String((await send({ path: `/?token=${TOKEN}` })).headers['set-cookie']).split(';')[0]
    for (const path of paths) {
      const r = await send({ path, headers: { cookie } })
      expect({ path, status: r.status }).toMatchObject({
        path,
        status: expect.toSatisfy((s: number) => [400, 403, 404].includes(s))
      })
      expect(r.body).not.toContain(SECRET)
      expect(r.body).not.toContain('root:')
    }
    // A malformed channel name is a bad request, not a server error.
    const bad = await send({ method: 'POST', path: '/api/%E0%A4%A', headers: { [TOKEN_HEADER]: TOKEN } })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('refuses a body larger than MAX_REQUEST_BYTES without reading it', async () => {
    const r = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/articles.paste',
          headers: {
            [TOKEN_HEADER]: TOKEN,
            'content-type': 'application/json',
            'content-length': String(MAX_REQUEST_BYTES + 1)
          }
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
          req.destroy()
        }
      )
      req.on('error', reject)
      req.write('{"title":"huge","body":"')
    })
    expect(r).toBe(413)
    expect(ws.requireInfo().articles).toBe(0)
    // The server is still there for the next request.
    expect((await api('project.current', {})).status).toBe(200)
  })

  it('stops reading a chunked body once it passes MAX_REQUEST_BYTES', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61)
    const outcome = await new Promise<string>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/articles.paste',
          headers: { [TOKEN_HEADER]: TOKEN }
        },
        (res) => {
          // The server closes the connection after its answer; the reset that follows is expected.
          res.on('error', () => undefined)
          res.resume()
          resolve(`status ${res.statusCode}`)
        }
      )
      req.on('error', () => resolve('connection closed'))
      let sent = 0
      const pump = () => {
        while (sent <= MAX_REQUEST_BYTES + chunk.length) {
          sent += chunk.length
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
        req.end()
      }
      pump()
    })
    // The server drops the connection mid-upload (a 413 cannot be delivered once it has); never a 200.
    expect(['status 413', 'connection closed']).toContain(outcome)
    expect(ws.requireInfo().articles).toBe(0)
    expect((await api('project.current', {})).status).toBe(200)
  })

  it('refuses a body that is not JSON', async () => {
    for (const body of ['{not json', 'undefined', '{"title":']) {
      const r = await send({ method: 'POST', path: '/api/articles.paste', headers: { [TOKEN_HEADER]: TOKEN }, body })
      expect(r.status).toBe(400)
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(ws.requireInfo().articles).toBe(0)
  })
})
