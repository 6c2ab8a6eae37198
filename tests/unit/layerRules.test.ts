import { ESLint } from 'eslint'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const eslint = new ESLint({ cwd: ROOT })

/** The layer-rule messages ESLint gives this text as if it were the file at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) })
  return result.messages.filter((m) => m.ruleId === 'layers/allowed-imports').map((m) => m.message)
}

describe('layer rules, judged on where an import resolves', () => {
  it.each([
    ['src/shared/x.ts', "import { a } from '../main/services/articles'\nexport const b = a"],
    // The bypass the old pattern rule let through: a deeper relative path to the same place.
    ['src/shared/contract/x.ts', "import { a } from '../../main/services/articles'\nexport const b = a"],
    ['src/shared/x.ts', "export { a } from '../renderer/src/store'"],
    ['src/main/services/x.ts', "import { a } from '../server/httpServer'\nexport const b = a"],
    ['src/main/services/matching/x.ts', "import { a } from '../../cli/main'\nexport const b = a"],
    ['src/main/services/export/x.ts', "import { a } from '../../electron/windows'\nexport const b = a"],
    ['src/main/services/x.ts', "import { a } from '../../renderer/src/api'\nexport const b = a"],
    ['src/renderer/src/components/x.tsx', "import { a } from '../../../main/services/articles'\nexport const b = a"],
    ['src/renderer/src/x.ts', "const m = import('../../preload/index')\nexport default m"],
    ['src/main/store/x.ts', "import { a } from '../services/articles'\nexport const b = a"]
  ])('refuses %s importing outside its layer', async (path, code) => {
    expect(await layerErrors(path, code)).toHaveLength(1)
  })

  it.each([
    ['src/shared/contract/x.ts', "import { a } from '../domain'\nexport const b = a"],
    ['src/main/services/matching/x.ts', "import { a } from '../../store/projectFile'\nexport const b = a"],
    ['src/main/services/x.ts', "import { a } from '../../shared/domain'\nexport const b = a"],
    ['src/renderer/src/store/x.ts', "import { a } from '../../../shared/domain'\nexport const b = a"],
    ['src/main/cli/x.ts', "import { a } from '../server/httpServer'\nexport const b = a"]
  ])('lets %s import within the layers it may use', async (path, code) => {
    expect(await layerErrors(path, code)).toEqual([])
  })
})
