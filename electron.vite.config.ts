import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import { channelTable } from './src/shared/contract'

// The renderer and preload get the channel table as a constant, not the contract's zod schemas.
const channels = { __FACTDESK_CHANNELS__: JSON.stringify(channelTable()) }

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Import parsing runs in a worker thread: its own entry, found beside index.js at run time.
          importWorker: resolve(__dirname, 'src/main/services/import/worker.ts'),
          // So do matching lookups, so a slow one never holds up a write, and half of each search.
          lookupWorker: resolve(__dirname, 'src/main/services/matching/lookupWorker.ts'),
          searchWorker: resolve(__dirname, 'src/main/services/search/worker.ts')
        }
      }
    }
  },
  preload: {
    define: channels,
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only electron's own modules, so it must be one CommonJS
      // file with its dependencies bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    plugins: [react()],
    define: channels,
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; minified, the page parses and starts sooner.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
