import type { Settings } from '../../../shared/domain'
import type { Command } from '../command'
import { CliFailure } from '../cliError'
import { safeJsonText } from '../../services/export/jsonText'

/**
 * An address given on the command line: http(s) only, named by its option in a one-line reason
 * (exit 1, as for any value the project refuses). An empty value clears the setting.
 */
export function checkWebAddress(option: string, value: string): string {
  const v = value.trim()
  if (v === '') return v
  let ok = false
  try {
    const u = new URL(v)
    ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== ''
  } catch {
    ok = false
  }
  if (!ok) throw new CliFailure(`--${option} "${v}" is not a web address: it must start with http:// or https://`)
  return v
}

/** The settings as `settings --json` prints them: product.md's names first. */
function shown(s: Settings) {
  return {
    publisher: s.publisherName,
    publisherUrl: s.publisherUrl,
    editor: s.editorName,
    title: s.title,
    reviewTitle: s.reviewTitle,
    reviewUrl: s.reviewUrl,
    introduction: s.introduction,
    claimOrder: s.claimOrder
  }
}

const OPTION_TO_FIELD = {
  publisher: 'publisherName',
  'publisher-url': 'publisherUrl',
  editor: 'editorName',
  title: 'title',
  'review-title': 'reviewTitle',
  'review-url': 'reviewUrl',
  introduction: 'introduction'
} as const

export const settingsCommand: Command = {
  name: 'settings',
  summary: 'show or set project settings',
  usage:
    'factdesk settings FILE [--publisher NAME] [--publisher-url URL] [--editor NAME] [--title T] [--review-title T] [--review-url URL] [--introduction TEXT] [--json]',
  options: Object.fromEntries(Object.keys(OPTION_TO_FIELD).map((k) => [k, { type: 'string' }])),
  positionals: [1, 1],
  async run({ positionals, values, json, session, io }) {
    const patch: Partial<Record<(typeof OPTION_TO_FIELD)[keyof typeof OPTION_TO_FIELD], string>> = {}
    for (const [option, field] of Object.entries(OPTION_TO_FIELD)) {
      const v = values[option]
      if (typeof v === 'string') patch[field] = field.endsWith('Url') ? checkWebAddress(option, v) : v
    }
    const changing = Object.keys(patch).length > 0
    // Showing only reads, so it works while the project is open for writing elsewhere.
    session.ws.open(positionals[0], changing ? 'write' : 'read')
    const s = changing ? await session.call('settings.update', patch) : await session.call('settings.get', {})
    if (json) {
      io.out(safeJsonText(shown(s)))
      return
    }
    const width = 14
    const line = (label: string, v: string) => `${label.padEnd(width)}${v || '(not set)'}`
    io.out(
      [
        line('Title', s.title),
        line('Editor', s.editorName),
        line('Publisher', s.publisherName),
        line('Publisher URL', s.publisherUrl),
        line('Review title', s.reviewTitle),
        line('Review URL', s.reviewUrl),
        line('Introduction', s.introduction.length > 60 ? `${s.introduction.slice(0, 59)}…` : s.introduction)
      ].join('\n')
    )
  }
}
