#!/usr/bin/env node
// node scripts/crash-loop.mjs [--kills N] [--seed S] [--writer services|serve|cli]: the full crash
// loop (npm test runs short ones). Prints one line per kill and a closing summary; exit 1 on any lost write.
import { register } from 'tsx/esm/api'

register()
const { runCrashLoop } = await import('../tests/unit/crash/crashLoop.ts')

const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const kills = opt('kills', 60)
const seed = opt('seed', 20260302)
const w = args.indexOf('--writer')
const writer = w >= 0 ? args[w + 1] : 'services'
try {
  const r = await runCrashLoop({ kills, seed, writer, log: (line) => console.log(line) })
  console.log(
    `Crash loop (${writer}, seed ${seed}): ${r.kills} kills survived (${r.killedWhileOpening} while opening, ${r.killedInWrite} during a call), ` +
      `${r.acknowledged} acknowledged writes all present, integrity ok every time; ` +
      `final project ${r.articles} articles, ${r.passages} passages, ${r.claims} claims; ${r.seconds.toFixed(1)} s`
  )
} catch (e) {
  console.error(`Crash loop failed: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
}
