import { availableParallelism } from 'node:os'
import { renderHtml, type ReportSlice } from './html'
import type { ReportModel } from './model'
import { joinParts, readPart } from './pdfJoin'

export type PdfPrinter = (html: string) => Promise<Buffer>

/**
 * Rough Chromium print cost, in units of about 2 ms, fitted on the 1,000-claim bench report: a
 * claim's section costs by its passages; the summary and coverage tables cost per claim and per
 * outlet column. Only the split needs it, so rough is enough.
 */
const claimCost = (passages: number) => 2 + passages
const tablesCost = (m: ReportModel) => m.claims.length * (1 + m.outlets.length / 4)

/** Below this (about 3 s of printing) a second Chromium and the join save little or nothing. */
const SPLIT_FROM = 1500
/** About half of what parsing a part costs, as a share of printing it. */
const FIRST_EXTRA = 0.06
/** Chromium prints on one thread, so one part per core; more parts only add start-ups and joins. */
const MAX_PARTS = 4

export function defaultParts(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_PARTS))
}

/**
 * Cuts the report into parts of about equal print cost at claim boundaries. The first part has
 * the front matter and at least one claim (the claims heading stays with a claim); the last
 * has the sources.
 */
export function planSlices(m: ReportModel, parts = defaultParts(), splitFrom = SPLIT_FROM): ReportSlice[] {
  const n = m.claims.length
  const whole: ReportSlice = { from: 0, to: n, front: true, back: true }
  const costs = m.claims.map((c) => claimCost(c.passages.length))
  const total = tablesCost(m) + costs.reduce((a, b) => a + b, 0) + m.sources.length
  if (parts < 2 || n < 2 || total < splitFrom) return [whole]
  // The others are parsed once printed, the first is not (see printReport): it takes a little
  // more, so that it tends to finish last, when the others' parsing is already done.
  const first = (total / parts) * (1 + FIRST_EXTRA)
  const share = (total - first) / (parts - 1)
  const slices: ReportSlice[] = []
  let from = 0
  let done = tablesCost(m)
  for (let i = 0; i < n - 1 && slices.length < parts - 1; i++) {
    done += costs[i]
    if (done >= first + share * slices.length) {
      slices.push({ from, to: i + 1, front: from === 0, back: false })
      from = i + 1
    }
  }
  slices.push({ from, to: n, front: from === 0, back: true })
  return slices
}

/**
 * The report as PDF. A long one is printed in parts at once, one Chromium per core, because
 * Chromium's print is single-threaded, and the parts are joined into one document with its
 * links and tags.
 */
export async function printReport(
  m: ReportModel,
  printPdf: PdfPrinter,
  plan: { parts?: number; splitFrom?: number } = {}
): Promise<Buffer> {
  const slices = planSlices(m, plan.parts, plan.splitFrom)
  if (slices.length === 1) return printPdf(renderHtml(m, { printOnly: true }))
  const printed = slices.map((slice) => printPdf(renderHtml(m, { slice, printOnly: true })))
  // The later parts are parsed as each comes back, while others still print; the first is
  // added to, so it is never parsed whole.
  const [first, rest] = await Promise.all([printed[0], Promise.all(printed.slice(1).map((p) => p.then(readPart)))])
  return joinParts(first, rest)
}
