import { randomBytes } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { dispatch } from '../services/dispatch'
import type { Handlers } from '../services/handlers'
import { browserRefusal } from './browserPolicy'
import { cookieValue, hostAllowed, originAllowed, SECURITY_HEADERS, tokensEqual } from './security'

export const TOKEN_HEADER = 'x-factdesk-token'
/** Large enough for a 10-million-character paste encoded as JSON, small enough to refuse floods. */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8'
}

export interface ServerOptions {
  handlers: Handlers
  rendererDir: string
  port?: number
  token?: string
}

export interface RunningServer {
  url: string
  port: number
  token: string
  server: Server
  close(): Promise<void>
}

/** Browser mode: the renderer build and the API over loopback HTTP, behind a per-run token. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url')
  // Cookies are not bound to a port: every other server on 127.0.0.1 receives them. So the
  // cookie never holds the API token, only a separate value that lets the page's own assets load,
  // under a name that includes the port so two servers do not overwrite each other's.
  const session = randomBytes(24).toString('base64url')
  let port = 0
  const cookieName = () => `factdesk_session_${port}`
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[factdesk] request failed:', e)
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error')
      else res.destroy()
    })
  })
  server.requestTimeout = 120_000

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden host')
    if (!originAllowed(req.headers.origin, port)) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden origin')
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)

    if (url.pathname.startsWith('/api/')) {
      // The API wants the header: a page elsewhere cannot set it without a CORS preflight we never grant.
      const given = req.headers[TOKEN_HEADER]
      if (!given) return sendJson(res, 401, { ok: false, error: { code: 'invalid_input', message: 'token required' } })
      if (!tokensEqual(String(given), token))
        return sendJson(res, 403, { ok: false, error: { code: 'invalid_input', message: 'wrong token' } })
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only')
      let channel: string
      try {
        channel = decodeURIComponent(url.pathname.slice('/api/'.length))
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'malformed API path' } })
      }
      const body = await readBody(req)
      if (body === null)
        return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', message: 'request too large' } })
      let input: unknown
      try {
        input = body.length ? JSON.parse(body) : {}
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'request body is not JSON' } })
      }
      const refused = browserRefusal(channel, input)
      if (refused) return sendJson(res, 403, { ok: false, error: { code: 'unsupported', message: refused } })
      return sendJson(res, 200, await dispatch(opts.handlers, channel, input))
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed')
    const queryToken = url.searchParams.get('token')
    const cookieSession = cookieValue(req, cookieName())
    if (!queryToken && !cookieSession)
      return send(
        res,
        401,
        'text/plain; charset=utf-8',
        'Factdesk: open the address printed by "factdesk serve", with its token'
      )
    if (queryToken ? !tokensEqual(queryToken, token) : !tokensEqual(cookieSession, session))
      return send(res, 403, 'text/plain; charset=utf-8', 'wrong token')
    if (queryToken) {
      // The page's own assets carry no query string; a strict, HttpOnly cookie lets them through.
      res.setHeader('Set-Cookie', `${cookieName()}=${session}; Path=/; HttpOnly; SameSite=Strict`)
    }
    return serveStatic(url.pathname, req, res)
  }

  function serveStatic(pathname: string, req: IncomingMessage, res: ServerResponse): void {
    let rel: string
    try {
      rel = decodeURIComponent(pathname)
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'bad path')
    }
    if (rel.includes('\0')) return send(res, 400, 'text/plain; charset=utf-8', 'bad path')
    if (rel === '/' || rel === '') rel = '/index.html'
    const root = normalize(opts.rendererDir + sep)
    const file = normalize(join(root, rel))
    if (!file.startsWith(root)) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden path')
    let size: number
    try {
      const st = statSync(file)
      if (!st.isFile()) return send(res, 404, 'text/plain; charset=utf-8', 'not found')
      size = st.size
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'not found')
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size
    })
    if (req.method === 'HEAD') return void res.end()
    createReadStream(file).pipe(res)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // Node closes idle keep-alive sockets after 5 s; a client that reuses one just as it closes
    // gets "other side closed" on a POST it cannot safely retry. On loopback an idle socket costs
    // nothing, so keep them well past any pause between an editor's calls.
    server.keepAliveTimeout = 120_000
    server.headersTimeout = 125_000
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type })
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_REQUEST_BYTES) return resolve(null)
    const chunks: Buffer[] = []
    let total = 0
    req.on('data', (c: Buffer) => {
      total += c.length
      if (total > MAX_REQUEST_BYTES) {
        req.removeAllListeners('data')
        chunks.length = 0
        resolve(null)
      } else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
