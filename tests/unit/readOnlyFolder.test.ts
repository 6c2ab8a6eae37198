import Database from 'better-sqlite3'
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rendererDir } from '../../src/main/paths'
import { IS_ROOT, REPO_ROOT, type CliRun, useTempDirs } from './helpers'

/**
 * A readable project in a folder this user may not write, as a real non-root user: root ignores
 * permission bits, and SQLite then fails differently (SQLITE_READONLY_DIRECTORY, not CANTOPEN).
 */
const tempDir = useTempDirs()
const BIN = join(REPO_ROOT, 'bin', 'factdesk.mjs')
const AS_NOBODY = ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups']

function whyNot(): string | null {
  if (!IS_ROOT) return 'needs root to switch to the nobody user'
  try {
    execFileSync(
      AS_NOBODY[0],
      [...AS_NOBODY.slice(1), process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`],
      { stdio: 'pipe' }
    )
    return null
  } catch (e) {
    return `nobody cannot run node on the repo: ${String(e).split('\n')[0]}`
  }
}
const skip = whyNot()

function asNobody(dir: string, args: string[], until?: RegExp): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(AS_NOBODY[0], [...AS_NOBODY.slice(1), process.execPath, BIN, ...args], {
      cwd: dir,
      env: { ...process.env, HOME: join(dir, 'home'), FACTDESK_CONFIG_DIR: join(dir, 'home', 'config'), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    const check = () => until && until.test(stdout) && child.kill('SIGTERM')
    child.stdout.on('data', (d: Buffer) => ((stdout += d.toString()), check()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe.skipIf(skip !== null)(
  `a project in a read-only folder, as a non-root user ${skip ? `(skipped: ${skip})` : ''}`,
  () => {
    it('info, list, export and serve read it; import says edits are off; the folder is unchanged', async () => {
      const dir = tempDir()
      chmodSync(dir, 0o755)
      const proj = join(dir, 'proj')
      const file = join(proj, 'p.factdesk')
      execFileSync(process.execPath, [BIN, 'new', file], {
        env: { ...process.env, FACTDESK_CONFIG_DIR: join(dir, 'cfg') }
      })
      execFileSync(
        process.execPath,
        [BIN, 'import', file, join(REPO_ROOT, 'tests/fixtures/import/good/ferry-strike.txt')],
        {
          env: { ...process.env, FACTDESK_CONFIG_DIR: join(dir, 'cfg') }
        }
      )
      // A second project whose last edit is still only in its -wal (copied while a writer had it open).
      const walFile = join(proj, 'w.factdesk')
      const w = new Database(file)
      w.pragma('wal_autocheckpoint = 0')
      w.prepare("UPDATE settings SET value = ? WHERE key = 'title'").run(JSON.stringify('Title only in the WAL'))
      copyFileSync(file, walFile)
      copyFileSync(`${file}-wal`, `${walFile}-wal`)
      w.close()
      mkdirSync(join(dir, 'home', 'config'), { recursive: true })
      execFileSync('chown', ['-R', 'nobody:nogroup', dir])
      chmodSync(proj, 0o555)
      const before = readdirSync(proj).sort()

      const info = await asNobody(dir, ['info', file])
      expect(info.stderr).toBe('')
      expect(info.code).toBe(0)
      expect(info.stdout).toMatch(/articles: 1/)
      expect(info.stdout).toMatch(/note: .*cannot be written; edits are off/)
      const walInfo = await asNobody(dir, ['info', walFile, '--json'])
      expect(walInfo.code, walInfo.stderr).toBe(0)
      expect(JSON.parse(walInfo.stdout)).toMatchObject({ title: 'Title only in the WAL', articles: 1 })
      const list = await asNobody(dir, ['list', file, 'articles'])
      expect(list.code, list.stderr).toBe(0)
      expect(list.stdout).toMatch(/ferry/i)
      const out = join(dir, 'home', 'report.md')
      const exp = await asNobody(dir, ['export', file, '--format', 'md', '--out', out])
      expect(exp.code, exp.stderr).toBe(0)
      expect(existsSync(out)).toBe(true)
      const imp = await asNobody(dir, ['import', file, join(REPO_ROOT, 'tests/fixtures/import/good/orchard-grant.md')])
      expect(imp.code).toBe(1)
      expect(imp.stderr).toMatch(/cannot be written \(EACCES\); edits are off/)
      expect(imp.stderr).not.toMatch(/attempt to write a readonly database/)
      if (existsSync(join(rendererDir(REPO_ROOT), 'index.html'))) {
        const serve = await asNobody(dir, ['serve', file, '--no-open', '--port', '0'], /Factdesk ready at/)
        expect(serve.stdout).toMatch(/Factdesk ready at http:\/\/127\.0\.0\.1:\d+/)
        expect(serve.stderr).toMatch(/open read-only: the folder .* cannot be written \(EACCES\); edits are off/)
      } else console.warn('serve not tried: the app is not built (out/renderer)')
      expect(readdirSync(proj).sort()).toEqual(before)
    })
  }
)
