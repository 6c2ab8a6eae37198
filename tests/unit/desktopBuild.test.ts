import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT, useTempDirs } from './helpers'

/** electron-builder's own loader and schema check, the ones `npm run dist` goes through. */
const require = createRequire(import.meta.url)
const builderConfig = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Record<string, unknown>>
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean }): Promise<void>
}
const tempDir = useTempDirs()

type Targets = { target: string[] }
interface Config {
  icon: string
  fileAssociations: { ext: string; mimeType: string; name: string }[]
  linux: Targets
  mac: Targets
  win: Targets
  files: { filter: string[] }[]
  asarUnpack: string[]
}

async function loadConfig(): Promise<Config> {
  return (await builderConfig.getConfig(REPO_ROOT, join(REPO_ROOT, 'electron-builder.yml'), null)) as unknown as Config
}

describe('electron-builder configuration', () => {
  it('passes electron-builder schema check, which refuses an unknown option', async () => {
    const config = await loadConfig()
    await expect(builderConfig.validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined()
    await expect(
      builderConfig.validateConfiguration(
        { ...config, linux: { ...config.linux, notAnOption: 1 } },
        { isEnabled: false }
      )
    ).rejects.toThrow(/configuration\.linux/)
  })

  it('builds AppImage and deb, dmg and NSIS, with the .factdesk association and its MIME type', async () => {
    const config = await loadConfig()
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'factdesk', mimeType: 'application/x-factdesk' })
    ])
    // The packaged app needs the Electron build of better-sqlite3 outside the asar archive.
    expect(config.files.flatMap((f) => f.filter)).toContain('native/electron-abi*/**')
    expect(config.asarUnpack).toContain('native/**')
  })

  it('has a 512x512 PNG icon, the size electron-builder makes .icns and .ico from', async () => {
    const png = readFileSync(join(REPO_ROOT, (await loadConfig()).icon))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512])
  })
})

describe('npm run dist', () => {
  it('says in one line that Electron is missing and exits non-zero, building nothing', () => {
    const emptyDist = tempDir()
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'dist.mjs')], {
      cwd: REPO_ROOT,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist },
      encoding: 'utf8',
      timeout: 30_000
    })
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^dist: cannot build installers: .*Electron/)
  })
})

describe('afterPack hook', () => {
  it('is a function electron-builder can call, aimed at each platform’s packaged executable', async () => {
    const config = (await loadConfig()) as unknown as { afterPack: string }
    const hook = (await import(join(REPO_ROOT, config.afterPack))) as {
      default: unknown
      packedExecutable(c: unknown): { path: string; asar: boolean }
    }
    expect(typeof hook.default).toBe('function')
    const ctx = (platform: string) => ({
      appOutDir: '/out',
      electronPlatformName: platform,
      packager: { appInfo: { productFilename: 'Factdesk' }, executableName: 'factdesk' }
    })
    expect(hook.packedExecutable(ctx('linux'))).toEqual({ path: '/out/factdesk', asar: false })
    expect(hook.packedExecutable(ctx('win32'))).toEqual({ path: '/out/Factdesk.exe', asar: false })
    expect(hook.packedExecutable(ctx('darwin'))).toEqual({ path: '/out/Factdesk.app', asar: true })
  })
})
