import { app, session, shell, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../server/security'

export const APP_SCHEME = 'factdesk'
export const APP_ORIGIN = `${APP_SCHEME}://app`

/** The page origins allowed to call the API: our custom protocol, or the dev server in development. */
export function isTrustedUrl(url: string | undefined): boolean {
  if (!url) return false
  if (url.startsWith(`${APP_ORIGIN}/`)) return true
  const dev = process.env.ELECTRON_RENDERER_URL
  return !app.isPackaged && !!dev && url.startsWith(dev)
}

function openExternalIfWeb(url: string): void {
  try {
    const u = new URL(url)
    if (u.protocol === 'http:' || u.protocol === 'https:') void shell.openExternal(u.toString())
  } catch {
    /* not a URL: ignore */
  }
}

/** Every window: no navigation away, no new windows, http(s) links go to the system browser. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) {
      event.preventDefault()
      openExternalIfWeb(url)
    }
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfWeb(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export function hardenSession(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })
  })
  // Nothing leaves the machine except through shell.openExternal.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url
    const allowed =
      url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools:') || url.startsWith('data:') || isTrustedUrl(url)
    callback({ cancel: !allowed })
  })
}
