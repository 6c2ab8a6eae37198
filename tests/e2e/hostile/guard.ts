import type { Page } from '@playwright/test'
import { CANARY_HOST } from './corpus'

export interface GuardLog {
  dialogs: string[]
  offsite: string[]
  pageErrors: string[]
}

/**
 * Watches a page for any sign that hostile text ran: a dialog, a request leaving the loopback
 * server (aborted, never sent), a CSP violation (recorded: a payload that got as far as the
 * CSP is still a finding worth reading), and the window flag every payload would set.
 */
export async function guardPage(page: Page, origin: string): Promise<GuardLog> {
  const log: GuardLog = { dialogs: [], offsite: [], pageErrors: [] }
  page.on('dialog', (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`)
    void d.dismiss()
  })
  page.on('pageerror', (e) => log.pageErrors.push(e.message))
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`)) return route.continue()
    log.offsite.push(url)
    return route.abort('blockedbyclient')
  })
  // Requests that bypass routing (a service worker, say) still show up here.
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !log.offsite.includes(url)) log.offsite.push(url)
  })
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim())
    )
  })
  void CANARY_HOST
  return log
}

export interface PageFindings {
  flag: unknown
  csp: string[]
  /** Elements a payload would have to create: event-handler attributes, frames, javascript: links. */
  injected: string[]
}

export function inspectPage(page: Page, origin: string): Promise<PageFindings> {
  return page.evaluate((origin) => {
    const w = window as unknown as { __xss?: unknown; __csp?: string[] }
    const injected: string[] = []
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase()
      if (['iframe', 'frame', 'object', 'embed', 'math', 'base', 'applet', 'noscript', 'template'].includes(tag))
        injected.push(tag)
      if (tag === 'script' && !(el as HTMLScriptElement).src.startsWith(`${origin}/`)) injected.push('inline script')
      if (tag === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') injected.push('meta refresh')
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.toLowerCase().startsWith('on')) injected.push(`${tag}[${attr.name}]`)
        if (
          /^\s*(javascript|data|vbscript):/i.test(attr.value) &&
          ['href', 'src', 'action', 'xlink:href'].includes(attr.name)
        )
          injected.push(`${tag}[${attr.name}=${attr.value.slice(0, 30)}]`)
      }
    }
    return { flag: w.__xss, csp: w.__csp ?? [], injected }
  }, origin)
}
