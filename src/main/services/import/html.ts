import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { decodeText } from './charset'
import { firstLineTitle, toIsoDate, type ParsedArticle } from './types'

type Doc = ReturnType<typeof parseHTML>['document']
// The body's type rather than createElement's: with the DOM library loaded, that overload set picks <webview>.
type El = Doc['body']
type Json = Record<string, unknown>

const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'form',
  'button',
  'select',
  'nav',
  'aside',
  'footer',
  'header',
  'object',
  'embed',
  'video',
  'audio',
  'figure'
])
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'table',
  'tr',
  'dl',
  'dt',
  'dd',
  'figcaption',
  'address',
  'hr'
])

/** Block elements become paragraphs (a blank line apart); inline text runs together. */
export function blocksToText(root: El): string {
  const out: string[] = []
  let line = ''
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim()
    if (t) out.push(t)
    line = ''
  }
  // An explicit stack, not recursion: a hostile page can nest elements deeper than the call stack.
  const todo: (El | (() => void))[] = [root]
  while (todo.length) {
    const next = todo.pop()!
    if (typeof next === 'function') {
      next()
      continue
    }
    const children = Array.from(next.childNodes) as El[]
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]
      if (child.nodeType === 3) {
        todo.push(() => (line += child.textContent ?? ''))
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toLowerCase()
        if (DROP.has(tag) || child.getAttribute('aria-hidden') === 'true' || child.hasAttribute('hidden')) continue
        if (tag === 'br') {
          todo.push(() => (line += ' '))
          continue
        }
        const block = BLOCK.has(tag)
        if (block) todo.push(flush)
        todo.push(child)
        if (block) todo.push(flush)
      }
    }
  }
  flush()
  return out.join('\n\n')
}

function meta(doc: Doc, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`)
    const v = el?.getAttribute('content')?.trim()
    if (v) return v
  }
  return null
}

function jsonLdArticle(doc: Doc): Json | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')) as El[]) {
    try {
      const data = JSON.parse(s.textContent ?? '') as unknown
      const items: unknown[] = Array.isArray(data) ? data : [data, ...(((data as Json)?.['@graph'] as unknown[]) ?? [])]
      for (const it of items) {
        const type = (it as Json)?.['@type']
        const types = Array.isArray(type) ? type : [type]
        if (types.some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t))) return it as Json
      }
    } catch {
      // a broken JSON-LD block is ignored: the other sources of metadata remain
    }
  }
  return null
}

const nameOf = (v: unknown): string | null => {
  if (!v) return null
  if (typeof v === 'string') return v
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null
  const n = (v as Json).name
  return typeof n === 'string' ? n : null
}

const MAX_READABLE_DEPTH = 256

/** From the document node: elements after </html> hang off it, outside the root element. */
function depthOver(root: El, limit: number): boolean {
  const stack: [El, number][] = [[root, 0]]
  while (stack.length) {
    const [el, d] = stack.pop()!
    if (d > limit) return true
    for (const c of Array.from(el.childNodes) as El[]) if (c.nodeType === 1) stack.push([c, d + 1])
  }
  return false
}

/** A saved web page: Readability finds the main text; meta tags, JSON-LD and <time> the metadata. */
export function importHtml(bytes: Uint8Array, fallbackTitle: string): ParsedArticle {
  let html = decodeHtml(bytes)
  let { document } = parseHTML(html)
  // Text with no element in it (a comment, stray bytes) leaves the DOM library without a root
  // element, and its queries then throw; such a file is read as the body of a page.
  if (!document.documentElement) {
    html = `<!doctype html><html><body>${html}</body></html>`
    ;({ document } = parseHTML(html))
  }
  const ld = jsonLdArticle(document)
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null)
  const docTitle = document.querySelector('title')?.textContent?.trim() || null
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null
  const timeEl = document.querySelector('time[datetime]')
  const parsed = {
    title: str(ld?.headline) ?? meta(document, 'og:title', 'twitter:title') ?? h1 ?? docTitle,
    outlet: nameOf(ld?.publisher) ?? meta(document, 'og:site_name', 'application-name'),
    author: nameOf(ld?.author) ?? meta(document, 'author', 'article:author', 'byl'),
    url:
      str(ld?.url) ??
      meta(document, 'og:url') ??
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      null,
    publishedAt: toIsoDate(
      str(ld?.datePublished) ??
        meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date') ??
        timeEl?.getAttribute('datetime')
    ),
    language:
      document.documentElement?.getAttribute('lang')?.trim() ||
      meta(document, 'og:locale')?.replace('_', '-') ||
      str(ld?.inLanguage)
  }
  let body = ''
  try {
    // Readability's time grows with the square of nesting depth (5,000 nested elements: seconds);
    // no real article nests that deep, so such a page is read as plain blocks instead.
    if (depthOver(document as unknown as El, MAX_READABLE_DEPTH)) throw new Error('nested too deep')
    // Readability changes the document it reads, so the metadata above is taken first.
    const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse()
    if (article?.content) {
      const { document: clean } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`)
      body = blocksToText(clean.body)
      parsed.author ??= article.byline?.trim() || null
      parsed.title ??= article.title?.trim() || null
    }
  } catch {
    body = ''
  }
  if (!body.trim()) {
    const { document: again } = parseHTML(html)
    body = blocksToText(again.body ?? again.documentElement)
  }
  if (parsed.url && !/^https?:\/\//i.test(parsed.url)) parsed.url = null
  // A headline that opens the text need not be repeated as its first paragraph.
  const title = parsed.title ?? firstLineTitle(body, fallbackTitle)
  if (body.startsWith(`${title}\n`)) body = body.slice(title.length).trimStart()
  return { ...parsed, title, body }
}

/** HTML declares its charset in a meta tag; without one, fall back to detection. */
function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)
  if (m && !/utf-?8/i.test(m[1])) {
    try {
      return new TextDecoder(m[1]).decode(bytes)
    } catch {
      // unknown label: let detection decide
    }
  }
  return decodeText(bytes).text
}
