import { buildApi, type Api } from '../../shared/apiShape'
import type { Channel } from '../../shared/contract'
import type { Result } from '../../shared/result'

const TOKEN_KEY = 'factdesk.token'

/** Browser mode: the token arrives once in the address, is kept for this tab, and leaves the address bar. */
function takeToken(): string | null {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

function httpApi(): Api {
  const token = takeToken()
  // Electron's IPC delivers calls in order; separate fetches do not. A call made after a write
  // must see that write (a rationale saved on blur, then Export report at once), so every call
  // waits for the writes sent before it.
  let writesBefore: Promise<unknown> = Promise.resolve()
  return buildApi(__FACTDESK_CHANNELS__, (channel: Channel, input: unknown): Promise<Result<unknown>> => {
    const sent = writesBefore.then(() => send(channel, input))
    if (__FACTDESK_CHANNELS__[channel]) writesBefore = sent
    return sent
  })

  async function send(channel: Channel, input: unknown): Promise<Result<unknown>> {
    try {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Factdesk-Token': token ?? '' },
        body: JSON.stringify(input ?? {})
      })
      const body = (await res.json().catch(() => null)) as Result<unknown> | null
      if (body && typeof body === 'object' && 'ok' in body) return body
      return { ok: false, error: { code: 'io', message: `the Factdesk server answered ${res.status}` } }
    } catch {
      return {
        ok: false,
        error: { code: 'io', message: 'lost contact with the Factdesk server; is "factdesk serve" still running?' }
      }
    }
  }
}

export const api: Api = window.api ?? httpApi()
