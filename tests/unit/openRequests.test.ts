import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OpenRequests, checkProjectPath, projectFromArgv } from '../../src/main/electron/openRequests'
import { newWorkspace, useTempDirs } from './helpers'

const tempDir = useTempDirs()

describe('projectFromArgv', () => {
  it('finds the .factdesk argument, skipping the executable and switches', () => {
    const argv = ['/opt/Factdesk/factdesk', '--allow-file-access-from-files', '--x=a.factdesk', 'Story.FACTDESK']
    expect(projectFromArgv(argv, '/home/ed/desk')).toBe('/home/ed/desk/Story.FACTDESK')
  })
  it('keeps an absolute path and normalises it', () => {
    expect(projectFromArgv(['factdesk', '/a/b/../c.factdesk'], '/elsewhere')).toBe('/a/c.factdesk')
  })
  it('returns null when no project is named (argv[0] itself is never taken)', () => {
    expect(projectFromArgv(['/x/y.factdesk'], '/')).toBeNull()
    expect(projectFromArgv(['factdesk', 'notes.txt', '.'], '/')).toBeNull()
  })
})

describe('checkProjectPath', () => {
  it('accepts a real project file', () => {
    const dir = tempDir()
    const file = join(dir, 'story.factdesk')
    const ws = newWorkspace('test')
    ws.create(file, 'Story')
    ws.close()
    expect(checkProjectPath(file)).toEqual({ ok: true, path: file })
  })
  it('refuses a missing file, a folder, another extension, a relative path, a link loop and a bad name', () => {
    const dir = tempDir()
    const folder = join(dir, 'folder.factdesk')
    mkdirSync(folder)
    const other = join(dir, 'notes.txt')
    writeFileSync(other, 'x')
    const loop = join(dir, 'loop.factdesk')
    symlinkSync(loop, loop)
    const cases: [string, RegExp][] = [
      [join(dir, 'gone.factdesk'), /no such file/],
      [folder, /not a regular file/],
      [other, /not a Factdesk project/],
      ['story.factdesk', /not an absolute path/],
      [loop, /symbolic links/],
      ['', /not valid/],
      [`${dir}/a\0.factdesk`, /not valid/]
    ]
    for (const [path, message] of cases) {
      const r = checkProjectPath(path)
      expect(r.ok, path).toBe(false)
      if (!r.ok) expect(r.message).toMatch(message)
    }
  })
})

describe('OpenRequests', () => {
  it('holds requests made before ready and hands them over in order, then passes new ones straight on', () => {
    const q = new OpenRequests()
    const seen: string[] = []
    q.request('/a.factdesk')
    q.request('/b.factdesk')
    expect(seen).toEqual([])
    q.ready((p) => seen.push(p))
    expect(seen).toEqual(['/a.factdesk', '/b.factdesk'])
    q.request('/c.factdesk')
    expect(seen).toEqual(['/a.factdesk', '/b.factdesk', '/c.factdesk'])
  })
})
