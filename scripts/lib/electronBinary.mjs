import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')

/**
 * The Electron executable when its binary is on this machine, else why it is not. Reads the
 * electron package's own path.txt instead of require('electron'), which would try to download.
 * @returns {{ path: string } | { missing: string }}
 */
export function electronBinary() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const pkg = join(ROOT, 'node_modules', 'electron')
  if (!existsSync(pkg)) return { missing: 'the electron package is not installed (run npm install)' }
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile) && !override) {
    return { missing: 'the Electron binary has not been downloaded (its release host cannot be reached from here)' }
  }
  const rel = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
  const exe = override ? join(override, rel) : join(pkg, 'dist', rel)
  return existsSync(exe) ? { path: exe } : { missing: `no Electron executable at ${exe}` }
}

/** Where the Electron build of better-sqlite3 lives for a given Node ABI (see src/main/electron/nativeBinding.ts). */
export function electronAddonPath(abi) {
  return join(ROOT, 'native', `electron-abi${abi}`, 'better_sqlite3.node')
}
