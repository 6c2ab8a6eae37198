import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFContext,
  type PDFObject
} from 'pdf-lib'
import type { Copier, JoinTarget } from './pdfCopy'

const N = (name: string) => PDFName.of(name)

function asArray(o: PDFObject | undefined): PDFObject[] {
  return o === undefined ? [] : o instanceof PDFArray ? o.asArray() : [o]
}

/** The pairs of a number tree (/Nums) or name tree (/Names), flattened in order. */
function leaves(ctx: PDFContext, node: PDFObject | undefined, key: 'Nums' | 'Names'): PDFObject[] {
  const d = node instanceof PDFRef ? ctx.lookup(node) : node
  if (!(d instanceof PDFDict)) return []
  const own = d.lookupMaybe(N(key), PDFArray)?.asArray() ?? []
  const kids = d.lookupMaybe(N('Kids'), PDFArray)?.asArray() ?? []
  return own.concat(kids.flatMap((k) => leaves(ctx, k, key)))
}

function bytesOf(o: PDFObject): Uint8Array {
  return o instanceof PDFString || o instanceof PDFHexString ? o.asBytes() : new Uint8Array()
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

/** The part's structure root and document element stand for the first part's: their children move over. */
export function mapStructure(base: JoinTarget, src: JoinTarget, copier: Copier): { into: PDFDict; kids: PDFObject[] } {
  const baseRoot = base.catalog.lookup(N('StructTreeRoot'), PDFDict)
  const srcRoot = src.catalog.lookup(N('StructTreeRoot'), PDFDict)
  copier.map(src.catalog.get(N('StructTreeRoot')) as PDFRef, base.catalog.get(N('StructTreeRoot')) as PDFRef)
  const docOf = (ctx: PDFContext, root: PDFDict) => {
    const k = root.get(N('K'))
    return k instanceof PDFRef && ctx.lookup(k, PDFDict).get(N('S')) === N('Document') ? k : undefined
  }
  const baseDoc = docOf(base.context, baseRoot)
  const srcDoc = docOf(src.context, srcRoot)
  if (baseDoc && srcDoc) {
    copier.map(srcDoc, baseDoc)
    return {
      into: base.context.lookup(baseDoc, PDFDict),
      kids: asArray(src.context.lookup(srcDoc, PDFDict).get(N('K')))
    }
  }
  return { into: baseRoot, kids: asArray(srcRoot.get(N('K'))) }
}

/**
 * Joins the structure trees: the part's top elements follow the first part's, its parent tree
 * follows the first's (keys shifted), and its IDs (prefixed) join the ID tree, which stays sorted.
 */
export function joinStructure(
  base: JoinTarget,
  src: JoinTarget,
  copier: Copier,
  offset: number,
  top: { into: PDFDict; kids: PDFObject[] }
): void {
  const baseRoot = base.catalog.lookup(N('StructTreeRoot'), PDFDict)
  const srcRoot = src.catalog.lookup(N('StructTreeRoot'), PDFDict)
  const kids = top.kids.map((x) => copier.value(x))
  top.into.set(N('K'), copier.array(asArray(top.into.get(N('K'))).concat(kids)))

  const nums = leaves(base.context, baseRoot.get(N('ParentTree')), 'Nums')
  const srcNums = leaves(src.context, srcRoot.get(N('ParentTree')), 'Nums')
  for (let i = 0; i + 1 < srcNums.length; i += 2) {
    nums.push(PDFNumber.of((srcNums[i] as PDFNumber).asNumber() + offset), copier.value(srcNums[i + 1]))
  }
  baseRoot.set(N('ParentTree'), base.context.register(base.context.obj({ Nums: copier.array(nums) })))
  const srcNext = srcRoot.lookupMaybe(N('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0
  baseRoot.set(N('ParentTreeNextKey'), PDFNumber.of(offset + srcNext))

  const pairs: [PDFObject, PDFObject][] = []
  const collect = (list: PDFObject[], rename: (o: PDFObject) => PDFObject, val: (o: PDFObject) => PDFObject) => {
    for (let i = 0; i + 1 < list.length; i += 2) pairs.push([rename(list[i]), val(list[i + 1])])
  }
  collect(
    leaves(base.context, baseRoot.get(N('IDTree')), 'Names'),
    (o) => o,
    (o) => o
  )
  collect(
    leaves(src.context, srcRoot.get(N('IDTree')), 'Names'),
    (o) => copier.id(o),
    (o) => copier.value(o)
  )
  if (pairs.length) {
    pairs.sort((a, b) => compareBytes(bytesOf(a[0]), bytesOf(b[0])))
    baseRoot.set(N('IDTree'), base.context.register(base.context.obj({ Names: copier.array(pairs.flat()) })))
  }
}

export function nextParentKey(doc: JoinTarget): number {
  const root = doc.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict)
  const next = root?.lookupMaybe(N('ParentTreeNextKey'), PDFNumber)?.asNumber()
  if (next !== undefined) return next
  const nums = leaves(doc.context, root?.get(N('ParentTree')), 'Nums')
  let max = -1
  for (let i = 0; i < nums.length; i += 2) max = Math.max(max, (nums[i] as PDFNumber).asNumber())
  return max + 1
}
