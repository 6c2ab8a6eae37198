export const EXPORT_FORMATS = ['html', 'pdf', 'md', 'json', 'csv', 'claimreview', 'w3c'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const FORMAT_INFO: Record<ExportFormat, { label: string; extension: string; mime: string }> = {
  html: { label: 'HTML report', extension: 'html', mime: 'text/html' },
  pdf: { label: 'PDF report', extension: 'pdf', mime: 'application/pdf' },
  md: { label: 'Markdown (for a CMS)', extension: 'md', mime: 'text/markdown' },
  csv: { label: 'CSV, one row per passage', extension: 'csv', mime: 'text/csv' },
  json: { label: 'JSON project data (re-importable)', extension: 'json', mime: 'application/json' },
  claimreview: { label: 'ClaimReview (schema.org JSON-LD)', extension: 'jsonld', mime: 'application/ld+json' },
  w3c: { label: 'W3C Web Annotations (JSON-LD)', extension: 'jsonld', mime: 'application/ld+json' }
}
