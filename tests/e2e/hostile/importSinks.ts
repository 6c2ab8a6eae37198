// Importer sinks: each payload written into a file the way a hostile page or document would
// carry it, then imported through the real pipeline (import.uploads, the job browser mode runs).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { Payload } from './corpus'
import type { Call } from './sinks'

export interface FileSink {
  name: string
  ext: string
  write(p: Payload): Uint8Array | string | Promise<Uint8Array>
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
// In JSON-LD a raw "</script>" would end the block; a page that means its JSON keeps it escaped.
const jsonLd = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c')
export const marker = (p: Payload) => `Report ${p.id} from a file.`

export const FILE_SINKS: FileSink[] = [
  {
    // The marker comes first: a payload may open a raw-text element (<style>, <xmp>) that
    // swallows the rest of the page, as it would in any browser.
    // One page carries the payload in every place the HTML importer reads: raw in the <title>,
    // in og: meta tags and JSON-LD (as a page would encode them), raw in the body and attributes.
    name: 'html (title, og: meta, JSON-LD, body, attributes)',
    ext: 'html',
    write: (p) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${p.text}</title>
<meta property="og:title" content="${attr(`${p.id} ${p.text}`)}">
<meta property="og:site_name" content="${attr(p.text)}">
<meta name="author" content="${attr(p.text)}">
<meta property="og:url" content="${attr(p.text)}">
<script type="application/ld+json">${jsonLd({ '@type': 'NewsArticle', headline: `${p.id} ${p.text}`, publisher: { name: p.text }, author: { name: p.text }, url: p.text })}</script>
</head><body><article>
<p>${marker(p)} ${'Filler sentence so the reader finds a main text. '.repeat(3)}</p>
<h1>${p.id} ${p.text}</h1>
<p title="${p.text}" data-x='${p.text}'>${p.text}</p>
<p><a href="${attr(p.text)}">${p.text}</a> <img alt="${p.text}" src="${attr(p.text)}"></p>
<p>${'Filler sentence so the reader finds a main text. '.repeat(4)}</p>
</article></body></html>`
  },
  {
    name: 'markdown (front matter, heading, body, link)',
    ext: 'md',
    write: (p) =>
      `---\ntitle: ${p.id} ${p.text.replace(/\n/g, ' ')}\noutlet: ${p.text.replace(/\n/g, ' ')}\n---\n\n` +
      `# ${p.id} ${p.text}\n\n${marker(p)}\n\n${p.text}\n\n[${p.text}](${p.text}) ![${p.text}](${p.text})\n`
  },
  {
    name: 'plain text',
    ext: 'txt',
    write: (p) => `${p.id} ${p.text}\n\n${marker(p)}\n\n${p.text}\n`
  },
  {
    // Standard PDF fonts cannot draw most payloads; the metadata carries them, as Unicode strings.
    name: 'pdf metadata (title, author, subject, keywords)',
    ext: 'pdf',
    write: async (p) => {
      const pdf = await PDFDocument.create()
      pdf.setTitle(`${p.id} ${p.text}`)
      pdf.setAuthor(p.text)
      pdf.setSubject(p.text)
      pdf.setKeywords([p.text])
      pdf.setCreator(p.text)
      const page = pdf.addPage([400, 200])
      page.drawText(marker(p), { x: 20, y: 150, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) })
      return pdf.save()
    }
  },
  {
    // A Word file carries it in its properties, a heading, the body and a link's text; mammoth
    // turns the body into HTML before the importer takes its text.
    name: 'docx (properties, heading, body, link)',
    ext: 'docx',
    write: async (p) =>
      new Uint8Array(
        await Packer.toBuffer(
          new Document({
            title: `${p.id} ${p.text}`,
            creator: p.text,
            description: p.text,
            sections: [
              {
                children: [
                  new Paragraph({ children: [new TextRun(marker(p))] }),
                  new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${p.id} ${p.text}`)] }),
                  new Paragraph({ children: [new TextRun(p.text)] }),
                  new Paragraph({
                    children: [new ExternalHyperlink({ link: 'https://example.org/', children: [new TextRun(p.text)] })]
                  })
                ]
              }
            ]
          })
        )
      )
  }
]

export interface ImportOutcome {
  imported: { id: number; title: string; source: string }[]
  skipped: { source: string; reason: string }[]
  failed: { source: string; error: string }[]
}

/** Writes every payload through every file sink into dir, imports the folder, waits for the job. */
export async function importCorpus(call: Call, dir: string, payloads: Payload[]): Promise<ImportOutcome> {
  mkdirSync(dir, { recursive: true })
  for (const sink of FILE_SINKS) {
    for (const p of payloads) writeFileSync(join(dir, `${p.id}.${sink.ext}`), await sink.write(p))
  }
  // As the browser sends them: browser mode reads no path the page names.
  const files = readdirSync(dir).map((name) => ({ name, data: readFileSync(join(dir, name)).toString('base64') }))
  const started = await call('import.uploads', { files, start: true })
  if (!started.ok) throw new Error(`import.uploads: ${JSON.stringify(started.error)}`)
  const { jobId } = started.value as { jobId: string }
  for (;;) {
    const r = await call('import.progress', { jobId })
    const p = r.value as { finished: boolean; summary: ImportOutcome }
    if (p.finished) return p.summary
    await new Promise((res) => setTimeout(res, 100))
  }
}

/** An export as browser mode makes it (export.render, a download), saved where the test reads it. */
export async function saveExport(call: Call, format: string, path: string): Promise<{ ok: boolean }> {
  const r = await call('export.render', { format })
  if (!r.ok) return { ok: false }
  const { content, encoding } = r.value as { content: string; encoding: 'utf8' | 'base64' }
  writeFileSync(path, Buffer.from(content, encoding))
  return { ok: true }
}
