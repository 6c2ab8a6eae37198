// Builds better-sqlite3 for Electron's ABI into native/, leaving node_modules' Node build alone,
// so the app (Electron) and the tests and CLI (Node) each load the addon made for them.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ROOT, electronAddonPath, electronBinary } from './lib/electronBinary.mjs'

const bin = electronBinary()
if ('missing' in bin) {
  console.error(`electron:native: ${bin.missing}`)
  process.exit(1)
}
const electronVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version
const abi = execFileSync(bin.path, ['-p', 'process.versions.modules'], {
  env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  encoding: 'utf8'
}).trim()
const target = electronAddonPath(abi)
if (existsSync(target)) process.exit(0)

function nodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js'
    )
  ]
  const found = candidates.find((p) => p && existsSync(p))
  if (!found) throw new Error('node-gyp not found (it ships with npm)')
  return found
}

const work = join(ROOT, 'native', `build-electron-${electronVersion}`)
rmSync(work, { recursive: true, force: true })
cpSync(join(ROOT, 'node_modules', 'better-sqlite3'), work, {
  recursive: true,
  filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`)
})
console.log(`Building better-sqlite3 for Electron ${electronVersion} (ABI ${abi})…`)
const env = { ...process.env }
for (const k of Object.keys(env)) if (k.toLowerCase().startsWith('npm_config_nodedir')) delete env[k]
execFileSync(
  process.execPath,
  [
    nodeGyp(),
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers'
  ],
  { cwd: work, stdio: 'inherit', env }
)
mkdirSync(dirname(target), { recursive: true })
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target)
rmSync(work, { recursive: true, force: true })
console.log(`Electron build of better-sqlite3 is at ${target}`)
