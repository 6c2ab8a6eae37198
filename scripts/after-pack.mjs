// electron-builder afterPack hook (electron-builder.yml): flips Electron's fuses in the packaged
// executable before the installers are made from it (scripts/electron-fuses.mjs, SECURITY.md).
import { join } from 'node:path'
import { applyFuses } from './electron-fuses.mjs'

/**
 * The packaged executable in an afterPack context, and whether to turn on the asar fuses: only
 * on macOS, where electron-builder embeds the asar's integrity hash the check needs.
 */
export function packedExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return { path: join(appOutDir, `${name}.app`), asar: true }
  if (electronPlatformName === 'win32') return { path: join(appOutDir, `${name}.exe`), asar: false }
  return { path: join(appOutDir, packager.executableName), asar: false }
}

export default async function afterPack(context) {
  const exe = packedExecutable(context)
  await applyFuses(exe.path, { asar: exe.asar })
}
