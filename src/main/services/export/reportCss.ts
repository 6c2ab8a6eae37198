/** The report's only stylesheet: inline, system fonts, and print rules for clean pages. */
export const REPORT_CSS = `
:root { --ink: #1d1d1b; --muted: #6b6a66; --rule: #d9d5cc; --paper: #fffdf8; --accent: #8a2b12; }
* { box-sizing: border-box; }
html { background: #f1eee6; }
body { margin: 0; color: var(--ink); font: 16px/1.55 Georgia, "DejaVu Serif", "Times New Roman", serif; }
.report { max-width: 56rem; margin: 2rem auto; padding: 2.5rem 3rem; background: var(--paper); box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1, h2, h3, h4, h5, .kicker, .meta, table, figcaption, .badge, .mark, .legend, .claim-no, .claim-meta, .colophon {
  font-family: "Helvetica Neue", Arial, "DejaVu Sans", "Liberation Sans", sans-serif; }
.kicker { margin: 0; color: var(--accent); text-transform: uppercase; letter-spacing: .12em; font-size: .8rem; font-weight: 700; }
h1 { margin: .2rem 0 1rem; font-size: 2.1rem; line-height: 1.15; }
h2 { margin: 2.5rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); font-size: 1.35rem; }
h3 { margin: .1rem 0 .4rem; font-size: 1.25rem; line-height: 1.3; }
h4 { margin: 1.2rem 0 .4rem; font-size: .95rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
h5 { margin: .8rem 0 .3rem; font-size: .9rem; }
a { color: #1a4f8b; }
.meta { display: flex; flex-wrap: wrap; gap: .4rem 2rem; margin: 0; padding: .8rem 0; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); font-size: .9rem; }
.meta dt { color: var(--muted); font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; }
.meta dd { margin: 0; }
table { width: 100%; border-collapse: collapse; font-size: .88rem; }
caption { text-align: left; color: var(--muted); font-size: .8rem; padding-bottom: .3rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .78rem; font-weight: 700; white-space: nowrap; border: 1px solid transparent; }
.r5 { background: #d8eed9; color: #15522a; fill: #3f8f58; }
.r4 { background: #e6f1d4; color: #3d5a12; fill: #86ad4b; }
.r3 { background: #fbeec8; color: #6b4b00; fill: #d9a520; }
.r2 { background: #fde0c8; color: #7a3300; fill: #e07b2e; }
.r1 { background: #f8d3cf; color: #7d1710; fill: #c4382a; }
.r0 { background: #ebe9e4; color: #4a4944; fill: #a6a39a; }
.chart { margin: 0 0 1.5rem; }
.chart svg { max-width: 36rem; display: block; }
.chart text, .cov text { font-family: "Helvetica Neue", Arial, "DejaVu Sans", "Liberation Sans", sans-serif; fill: var(--ink); }
.chart .lbl, .chart .val { font-size: 12px; }
.chart .track { fill: #efebe1; }
.chart .none text { fill: #a19d93; }
.chart figcaption, .cov figcaption { color: var(--muted); font-size: .8rem; }
.cov { margin: .8rem 0 1.2rem; break-inside: avoid; page-break-inside: avoid; }
.cov svg { display: block; }
.cov .cov-head { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; fill: var(--muted); }
.cov .cov-out { font-size: 13.5px; }
.cov .cov-claim { font-size: 13.5px; }
.cov .cov-num { font-size: 14px; font-weight: 700; fill: var(--accent); }
.cov .cov-band { fill: #f6f3ea; }
.cov .cov-rule { stroke: #e4dfd3; stroke-width: 1; }
.cov .cov-base { stroke: var(--ink); stroke-width: 1.5; }
.g-stated { fill: #3d69a8; }
.g-denied { fill: #c0412a; }
.g-evidence { fill: #7a55ad; }
.g-absent { fill: #c9c4b8; }
.glyph { vertical-align: -2px; }
.key { white-space: nowrap; color: var(--ink); font-weight: 700; }
.legend { font-size: .82rem; color: var(--muted); }
.claim { margin: 0 0 2rem; padding: 1.2rem 0 .5rem; border-top: 1px solid var(--rule); }
.claim-no { margin: 0; color: var(--accent); font-size: .78rem; font-weight: 700; text-transform: uppercase; letter-spacing: .08em; }
.claim-meta { margin: 0 0 .6rem; font-size: .9rem; }
.claim-review { margin: -.3rem 0 .6rem; font-size: .85rem; overflow-wrap: anywhere; }
.intro { margin: 1.2rem 0 0; font-size: 1.05rem; }
.intro p { margin: 0 0 .7rem; }
.rationale { padding: .2rem 1rem .4rem; background: #f6f3ea; border-left: 3px solid var(--accent); }
.rationale h4 { margin-top: .6rem; }
.quote { margin: .6rem 0 .9rem; break-inside: avoid; page-break-inside: avoid; }
blockquote { margin: 0; padding: .1rem 0 .1rem 1rem; border-left: 3px solid var(--rule); font-style: italic; white-space: pre-wrap; }
.stated blockquote { border-left-color: #4b74b0; }
.denied blockquote { border-left-color: #b5482f; }
.supports blockquote { border-left-color: #3f8f58; }
.refutes blockquote { border-left-color: #c4382a; }
.context blockquote { border-left-color: #a6a39a; }
.quote figcaption { margin: .2rem 0 0 1rem; font-size: .8rem; color: var(--muted); }
.quote cite { font-style: normal; font-weight: 700; color: var(--ink); }
.quote .url { margin: 0; word-break: break-all; font-size: .75rem; }
.pnote { margin: .25rem 0 0 1rem; font-size: .85rem; }
.pnote span { font-weight: 700; }
.count { color: var(--muted); font-weight: normal; }
.sources ol { padding-left: 2rem; font-size: .9rem; }
.sources li { margin-bottom: .35rem; word-break: break-word; }
.src-title { font-style: italic; }
.colophon { margin-top: 3rem; padding-top: .6rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .75rem; }
.empty { color: var(--muted); }
@media (max-width: 40rem) { .report { margin: 0; padding: 1.2rem; } }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html { background: none; }
  body { font-size: 10.5pt; }
  .report { margin: 0; padding: 0; max-width: none; box-shadow: none; background: none; }
  a { color: inherit; text-decoration: none; }
  /* Tables of every claim run to many pages: smaller type keeps a claim to a line or two. */
  table { font-size: 8.5pt; }
  thead th { font-size: 6.5pt; }
  table .badge { font-size: 6.5pt; }
  h2, h3, h4, h5, .claim > header { break-after: avoid; page-break-after: avoid; }
  .claim > header { break-inside: avoid; page-break-inside: avoid; }
  tr, .quote, .chart, .keep { break-inside: avoid; page-break-inside: avoid; }
  /* Quotes are most of a printed report: tighter spacing and the address on the caption's line. */
  .quote { margin: .3rem 0 .55rem; }
  .quote .url { display: inline; }
  .quote .url::before { content: " · "; }
  .claim { margin-bottom: 1rem; padding-top: .8rem; }
  .colophon { margin-top: 1.2rem; break-before: avoid; page-break-before: avoid; }
  thead { display: table-header-group; }
  /* No forced page breaks: they left pages three-quarters empty. Sections flow on, and only
     headings (kept with what follows) and the figures (kept whole) steer where pages end. */
  h2 { margin-top: 1.6rem; }
  .badge, .cov, .chart, .r0, .r1, .r2, .r3, .r4, .r5, .rationale { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`

/**
 * For a document that is only printed: Chromium lays a page out for the screen when it loads and
 * again after printing, each a full layout of a long report (about a fifth of the print time);
 * with nothing shown on screen those cost nothing, and the printed pages are byte for byte the same.
 */
export const PRINT_ONLY_CSS = '@media screen { .report { display: none; } }'
