/** Which shell the renderer runs in: the desktop app, or a browser talking to `factdesk serve`. */
export const shellKind: 'electron' | 'browser' = window.factdeskShell ? 'electron' : 'browser'
