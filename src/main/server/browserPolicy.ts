/**
 * What a page in browser mode may not ask for, whoever holds the token. The renderer there never
 * names a path to read or write outside a project, nor a program to run: exports come back as
 * downloads (export.render), imports as uploads (import.uploads), a project dump as text, and
 * the Chromium that prints PDFs is the server's configuration (FACTDESK_CHROMIUM), not input.
 */
const REFUSED: Record<string, string> = {
  'export.toFile': 'browser mode exports as a download (export.render); the server writes no export file',
  'export.pickFile': 'browser mode has no file dialogs',
  'import.start': 'browser mode imports uploaded files (import.uploads), not paths',
  'import.pickFiles': 'browser mode has no file dialogs'
}

export function browserRefusal(channel: string, input: unknown): string | null {
  if (Object.hasOwn(REFUSED, channel)) return `${channel}: ${REFUSED[channel]}`
  if (channel === 'projectData.import' && input && typeof input === 'object' && 'from' in input) {
    return 'projectData.import: send the export as json; browser mode reads no file by path'
  }
  return null
}
