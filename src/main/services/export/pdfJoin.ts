import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, ParseSpeeds, type PDFObject } from 'pdf-lib'
import { FactdeskError } from '../../../shared/result'
import { Copier, type JoinTarget } from './pdfCopy'
import { LazyPdf } from './pdfLazy'
import { joinStructure, mapStructure, nextParentKey } from './pdfTags'

const N = (name: string) => PDFName.of(name)
const INHERITED = ['Resources', 'MediaBox', 'CropBox', 'Rotate']

function pageRefs(doc: PDFDocument): PDFRef[] {
  const out: PDFRef[] = []
  const walk = (ref: PDFObject | undefined) => {
    if (!(ref instanceof PDFRef)) return
    const node = doc.context.lookup(ref, PDFDict)
    if (node.get(N('Type')) === N('Pages')) node.lookup(N('Kids'), PDFArray).asArray().forEach(walk)
    else out.push(ref)
  }
  walk(doc.catalog.get(N('Pages')))
  return out
}

/** A page's own dictionary, with what it inherits from the page tree written into it. */
function ownPage(doc: PDFDocument, ref: PDFRef): PDFDict {
  const page = doc.context.lookup(ref, PDFDict).clone(doc.context)
  for (let parent = page.lookupMaybe(N('Parent'), PDFDict); parent; parent = parent.lookupMaybe(N('Parent'), PDFDict)) {
    for (const k of INHERITED) if (!page.has(N(k)) && parent.has(N(k))) page.set(N(k), parent.get(N(k))!)
  }
  return page
}

/** Appends a part's pages after base's, with its named destinations and tagged structure. */
function append(base: JoinTarget, src: PDFDocument, part: number): void {
  const tagged = base.catalog.has(N('StructTreeRoot')) && src.catalog.has(N('StructTreeRoot'))
  const offset = tagged ? nextParentKey(base) : 0
  const copier = new Copier(src.context, base.context, { keyOffset: offset, idPrefix: `part${part}-`, tagged })

  // Every reference that must land on an object base already has (or is about to) is mapped
  // before anything is copied, so nothing is copied twice.
  const treeRef = base.catalog.get(N('Pages')) as PDFRef
  const tree = base.context.lookup(treeRef, PDFDict)
  const refs = pageRefs(src)
  const copied = refs.map((r) => {
    const to = base.context.nextRef()
    copier.map(r, to)
    return to
  })
  const top = tagged ? mapStructure(base, src, copier) : undefined
  refs.forEach((r, i) => {
    const page = copier.dict(ownPage(src, r), N('Parent'))
    page.set(N('Parent'), treeRef)
    base.context.assign(copied[i], page)
    tree.lookup(N('Kids'), PDFArray).push(copied[i])
  })
  tree.set(N('Count'), PDFNumber.of(tree.lookup(N('Count'), PDFNumber).asNumber() + refs.length))

  // Links are to named destinations. A link into a later part has a stand-in target in its own
  // part (Chromium drops links whose target it cannot find); the later part's real one replaces it.
  const srcDests = src.catalog.lookupMaybe(N('Dests'), PDFDict)
  if (srcDests) {
    let dests = base.catalog.lookupMaybe(N('Dests'), PDFDict)
    if (!dests) {
      dests = base.context.obj({})
      base.catalog.set(N('Dests'), base.context.register(dests))
    }
    for (const [name, dest] of srcDests.entries()) dests.set(name, copier.value(dest))
  }
  if (top) joinStructure(base, src, copier, offset, top)
  copier.drain()
}

/** Parses one printed part; done as each part comes back, while the others still print. */
export async function readPart(bytes: Uint8Array): Promise<PDFDocument> {
  try {
    // The default parse speed yields to the event loop every 100 objects: several times slower.
    return await PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false })
  } catch (e) {
    throw new FactdeskError('internal', `could not read a part of the PDF report: ${(e as Error).message}`)
  }
}

/**
 * One PDF from the parts of a report printed apart, in order: pages, links between parts
 * (named destinations), the tagged structure, and the first part's title and metadata. The
 * first part, not yet parsed, is read lazily and the rest appended to it as an incremental
 * update; a first part whose layout that cannot handle is parsed whole and written out again.
 */
export async function joinParts(first: Uint8Array, rest: PDFDocument[]): Promise<Buffer> {
  try {
    const lazy = LazyPdf.read(first)
    if (lazy) {
      try {
        rest.forEach((part, i) => append(lazy, part, i + 1))
        return lazy.write()
      } catch {
        // Appending only reads the parts, so the whole-file way below starts from clean ones.
      }
    }
    const base = await readPart(first)
    rest.forEach((part, i) => append(base, part, i + 1))
    // objectsPerTick: the default yields every 50 objects, which made saving ten times slower.
    const bytes = await base.save({
      useObjectStreams: false,
      addDefaultPage: false,
      updateFieldAppearances: false,
      objectsPerTick: Infinity
    })
    return Buffer.from(bytes)
  } catch (e) {
    throw new FactdeskError('internal', `could not join the parts of the PDF report: ${(e as Error).message}`)
  }
}
