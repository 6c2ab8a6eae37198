import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * better-sqlite3 is compiled for Node's ABI in node_modules (tests, CLI, browser mode). The
 * Electron app loads its own build from native/electron, made by `npm run electron:native`,
 * so `npm start` and `npm test` work in the same clone in either order.
 */
export function electronNativeBinding(appRoot: string): string {
  return join(appRoot, 'native', `electron-abi${process.versions.modules}`, 'better_sqlite3.node')
}

export function hasElectronNativeBinding(appRoot: string): boolean {
  return existsSync(electronNativeBinding(appRoot))
}
