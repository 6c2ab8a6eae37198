import { net, protocol } from 'electron'
import { join, normalize, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { SECURITY_HEADERS } from '../server/security'
import { APP_SCHEME } from './hardening'

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves the renderer build from factdesk://app/ instead of file://, confined to its folder. */
export function serveRenderer(rendererDir: string): void {
  const root = normalize(rendererDir + sep)
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url)
    let rel: string
    try {
      rel = decodeURIComponent(pathname)
    } catch {
      return new Response('bad path', { status: 400 })
    }
    const file = normalize(join(root, rel === '/' ? 'index.html' : rel))
    if (!file.startsWith(root)) return new Response('forbidden', { status: 403 })
    const res = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(res.headers)
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) headers.set(k, v)
    return new Response(res.body, { status: res.status, headers })
  })
}
