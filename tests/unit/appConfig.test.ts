import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/services/dispatch'
import { createHandlers } from '../../src/main/services/handlers'
import { Workspace } from '../../src/main/services/workspace'
import { AppConfig, documentsDir, projectsFolderIn, resolveProjectPath } from '../../src/main/services/appConfig'
import { cliRunner, RESOURCES_DIR, useTempDirs } from './helpers'

const tempDir = useTempDirs()
const cli = cliRunner(tempDir)

describe('the new-project folder', () => {
  it('is Documents/Factdesk below the home folder where nothing else is set up', () => {
    const home = tempDir()
    for (const platform of ['linux', 'darwin'] as const) {
      expect(projectsFolderIn(documentsDir({ HOME: home }, platform))).toBe(join(home, 'Documents', 'Factdesk'))
    }
  })

  it('follows the XDG documents folder on Linux (xdg-user-dir)', () => {
    const home = tempDir()
    mkdirSync(join(home, '.config'))
    writeFileSync(join(home, '.config', 'user-dirs.dirs'), 'XDG_DOCUMENTS_DIR="$HOME/Papers"\n')
    const got = documentsDir({ HOME: home, PATH: process.env.PATH }, 'linux')
    // Machines without xdg-user-dir fall back to ~/Documents.
    expect([join(home, 'Papers'), join(home, 'Documents')]).toContain(got)
  })

  it('takes a bare name into the folder and a path as it is, adding .factdesk', () => {
    const folder = join(tempDir(), 'Factdesk')
    expect(resolveProjectPath('Bridge story', folder)).toBe(join(folder, 'Bridge story.factdesk'))
    expect(resolveProjectPath('Untitled.factdesk', folder)).toBe(join(folder, 'Untitled.factdesk'))
    expect(resolveProjectPath('/tmp/x/pier', folder)).toBe('/tmp/x/pier.factdesk')
    expect(resolveProjectPath('sub/pier.factdesk', folder)).toBe(join(process.cwd(), 'sub/pier.factdesk'))
    expect(resolveProjectPath('~/pier', folder, '/home/ed')).toBe('/home/ed/pier.factdesk')
    expect(resolveProjectPath('pier', null)).toBe(join(process.cwd(), 'pier.factdesk'))
  })

  it('creates the folder for a bare name, and new projects take the saved editor name', async () => {
    const folder = join(tempDir(), 'Documents', 'Factdesk')
    const appConfig = AppConfig.inConfigDir(join(tempDir(), 'config'))
    const ws = new Workspace({
      via: 'the test suite',
      resourcesDir: RESOURCES_DIR,
      recent: null,
      appConfig,
      projectsFolder: folder
    })
    const handlers = createHandlers(ws, { version: 'test', shell: 'browser' })
    const call = async (channel: string, input: unknown = {}) => {
      const r = await dispatch(handlers, channel, input)
      if (!r.ok) throw new Error(r.error.message)
      return r.value as Record<string, unknown>
    }
    try {
      expect(await call('app.prefs')).toMatchObject({ editorName: null, projectsFolder: folder })
      await call('app.setEditorName', { editorName: '  Ines Valdés ' })
      expect(appConfig.editorName()).toBe('Ines Valdés')
      const info = await call('project.create', { file: 'Untitled' })
      expect(info.file).toBe(join(folder, 'Untitled.factdesk'))
      expect(existsSync(join(folder, 'Untitled.factdesk'))).toBe(true)
      expect(await call('settings.get')).toMatchObject({ editorName: 'Ines Valdés' })
      // Settings changes the name for this project and for the next ones.
      await call('settings.update', { editorName: 'Ines V.' })
      expect(appConfig.editorName()).toBe('Ines V.')
    } finally {
      ws.close()
    }
  })

  it('leaves the CLI relative to the working directory', async () => {
    const r = await cli('new', 'cli-bare-name-test', '--json')
    const file = JSON.parse(r.stdout).file as string
    try {
      expect(r.code).toBe(0)
      expect(file).toBe(join(process.cwd(), 'cli-bare-name-test.factdesk'))
    } finally {
      const { rmSync } = await import('node:fs')
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true })
    }
  })
})
