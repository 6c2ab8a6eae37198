import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The package root, found by walking up from a file of ours. Works the same from the
 * TypeScript sources (CLI through tsx, tests) and from the bundled out/main.
 */
export function findAppRoot(from: string): string {
  let dir = from
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'factdesk') return dir
      } catch {
        /* keep walking */
      }
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`cannot find the Factdesk package above ${from}`)
    dir = parent
  }
}

export function appVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
}

export const resourcesDir = (root: string) => join(root, 'resources')
export const rendererDir = (root: string) => join(root, 'out', 'renderer')
