import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { electronBinary } from './electronBinary'

export default function globalSetup(): void {
  const bin = electronBinary()
  if ('missing' in bin) {
    console.log(`[electron e2e] skipped: ${bin.missing}; the same slice runs in Chromium through browser mode.`)
    return
  }
  // The app needs better-sqlite3 built for Electron's ABI beside the Node build.
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'electron-native.mjs')], {
    stdio: 'inherit'
  })
}
