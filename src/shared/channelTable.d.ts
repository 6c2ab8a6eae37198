import type { ChannelTable } from './apiShape'

declare global {
  /** The contract's channel table, put in by the bundler (electron.vite.config.ts `define`). */
  const __FACTDESK_CHANNELS__: ChannelTable
}

export {}
