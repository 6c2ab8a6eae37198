// npm run dist: the installers for this platform (electron-builder.yml), from a fresh build.
// electron-builder needs the Electron binary; where it cannot be had, say so once and fail,
// so nothing pretends a package was built.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT, electronBinary } from './lib/electronBinary.mjs'

const bin = electronBinary()
if ('missing' in bin) {
  console.error(`dist: cannot build installers: ${bin.missing}`)
  process.exit(1)
}

function run(file, args) {
  const r = spawnSync(process.execPath, [file, ...args], { cwd: ROOT, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

run(join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), ['build'])
run(join(ROOT, 'scripts', 'electron-native.mjs'), [])
// The local binary's folder, so electron-builder does not download Electron a second time.
const electronDist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(ROOT, 'node_modules', 'electron', 'dist')
run(join(ROOT, 'node_modules', 'electron-builder', 'cli.js'), [
  '--config',
  'electron-builder.yml',
  `-c.electronDist=${electronDist}`,
  ...process.argv.slice(2)
])
