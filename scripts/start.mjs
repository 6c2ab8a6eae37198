// npm start: the desktop app where Electron can run, browser mode where it cannot.
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT, electronBinary } from './lib/electronBinary.mjs'

const args = process.argv.slice(2)

function run(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit', ...opts })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

function build() {
  run(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
}

let bin = electronBinary()
if ('missing' in bin) {
  // One attempt at the download electron normally does on first use; it fails fast offline.
  spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron', 'install.js')], {
    cwd: ROOT,
    stdio: 'ignore',
    timeout: 120_000
  })
  bin = electronBinary()
}

build()
if ('missing' in bin) {
  console.log(`Electron cannot run here: ${bin.missing}. Starting browser mode instead.`)
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'factdesk.mjs'), 'serve', ...args], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  // Forwarded, and this process waits for the child's exit: it closes the project before it goes.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig))
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  run(process.execPath, [join(ROOT, 'scripts', 'electron-native.mjs')])
  const child = spawn(bin.path, ['.', ...args], { cwd: ROOT, stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
}
