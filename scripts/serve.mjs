// npm run serve -- [FILE] [--port N] [--no-open]: build the renderer, then browser mode.
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './lib/electronBinary.mjs'

const built = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  }
)
if (built.status !== 0) process.exit(built.status ?? 1)
const child = spawn(process.execPath, [join(ROOT, 'bin', 'factdesk.mjs'), 'serve', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit'
})
// Forwarded, and this process waits for the child's exit: it closes the project before it goes.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig))
child.on('exit', (code) => process.exit(code ?? 0))
