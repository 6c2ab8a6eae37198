#!/usr/bin/env node
// Packaging step: flips Electron's fuses in the packaged executable (never in node_modules, whose
// binary the dev tools run as node) and reads them back. Run it on the app a packager produced:
//
//   node scripts/electron-fuses.mjs path/to/Factdesk[.exe|.app] [--asar]
//
// or call applyFuses(executable, {asar}) from an electron-builder afterPack hook. --asar turns on
// the two fuses that need the app packed into app.asar (integrity check, load only from asar);
// leave it off for an unpacked build, which those fuses would refuse to start.
// CI cannot run this: the Electron binary is not downloadable here. SECURITY.md says which fuse does what.
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses'
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** The wanted state of every V1 fuse; strictlyRequireAllFuses makes a new Electron fuse fail loudly. */
export function wantedFuses({ asar }) {
  return {
    // No ELECTRON_RUN_AS_NODE: the signed app cannot be turned into a general-purpose node.
    [FuseV1Options.RunAsNode]: false,
    // Cookies (none today) are encrypted at rest with the OS keychain.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS and --inspect cannot inject code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // With an asar: its integrity is checked and nothing is loaded from outside it.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: asar,
    [FuseV1Options.OnlyLoadAppFromAsar]: asar,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // We serve the renderer from factdesk://, so file:// needs no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
  }
}

export async function applyFuses(executable, { asar = false } = {}) {
  if (!existsSync(executable)) throw new Error(`no packaged Electron executable at ${executable}`)
  const wanted = wantedFuses({ asar })
  await flipFuses(executable, {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // macOS: re-sign ad hoc so the flipped binary still launches before the real signing step.
    resetAdHocDarwinSignature: process.platform === 'darwin',
    ...wanted
  })
  // Read back: each fuse is a wire byte, '0' (48) off and '1' (49) on.
  const wire = await getCurrentFuseWire(executable)
  const wrong = Object.entries(wanted).filter(([k, v]) => wire[k] !== (v ? 49 : 48))
  if (wrong.length)
    throw new Error(`fuses not as wanted after flipping: ${wrong.map(([k]) => FuseV1Options[k]).join(', ')}`)
  return wire
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const exe = args.find((a) => !a.startsWith('--'))
  if (!exe) {
    console.error('usage: node scripts/electron-fuses.mjs PACKAGED_EXECUTABLE [--asar]')
    process.exit(2)
  }
  try {
    await applyFuses(exe, { asar: args.includes('--asar') })
    console.log(`fuses set on ${exe}`)
  } catch (e) {
    console.error(`electron-fuses: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  }
}
