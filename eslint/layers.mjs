// The layer rule: where a file may import from, judged on the path an import resolves to, so a
// deeper relative path ("../../main/…") cannot get around it the way a pattern on the import's
// text could be.
import { dirname, relative, resolve, sep } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const under = (file, dir) => file === dir || file.startsWith(dir + '/')

/** Each layer: the folders a file in it may import from, and what it is told when it may not. */
export const LAYERS = [
  {
    name: 'shared',
    dir: 'src/shared',
    may: ['src/shared'],
    message: 'src/shared runs everywhere: it imports only src/shared'
  },
  {
    name: 'services',
    dir: 'src/main/services',
    // paths: where the package and its resources are, plain Node, no transport.
    may: ['src/main/services', 'src/main/store', 'src/main/paths', 'src/shared'],
    message: 'services import only services, the store and src/shared (no server, cli, electron or renderer)'
  },
  {
    name: 'store',
    dir: 'src/main/store',
    may: ['src/main/store', 'src/shared'],
    message: 'the project-file store imports only itself and src/shared'
  },
  {
    name: 'renderer',
    dir: 'src/renderer',
    may: ['src/renderer', 'src/shared'],
    message: 'the renderer imports only itself and src/shared; it talks to the services through window.api'
  },
  {
    name: 'preload',
    dir: 'src/preload',
    may: ['src/preload', 'src/shared'],
    message: 'the preload imports only src/shared'
  }
]

function layerOf(file) {
  const rel = relative(ROOT, file).split(sep).join('/')
  return LAYERS.find((l) => under(rel, l.dir))
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'keeps each layer to the folders it may import from' },
    schema: []
  },
  create(context) {
    const file = context.filename
    const layer = layerOf(file)
    if (!layer) return {}
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = relative(ROOT, resolve(dirname(file), source))
        .split(sep)
        .join('/')
      if (!layer.may.some((dir) => under(target, dir))) {
        context.report({ node, message: `${layer.message} (${source} resolves to ${target})` })
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value)
    }
  }
}

export default { rules: { 'allowed-imports': rule } }
