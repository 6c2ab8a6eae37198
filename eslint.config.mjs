import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { builtinModules } from 'node:module'
import layers from './eslint/layers.mjs'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

/** Where code may run is kept visible: each layer is barred from the imports it must not have. */
const restrict = (paths, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message }))
    }
  ]
})

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'native/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error'
    }
  },
  {
    // Relative imports are judged by where they resolve (eslint/layers.mjs), package imports below.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: { 'layers/allowed-imports': 'error' }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      ['electron', 'better-sqlite3', 'react', 'react-dom', ...nodeBuiltins],
      ['../main/*', '../renderer/*', '../preload/*'],
      'src/shared runs everywhere: no electron, node or DOM-specific imports'
    )
  },
  {
    files: ['src/main/services/**/*.ts', 'src/main/store/**/*.ts', 'src/main/server/**/*.ts', 'src/main/cli/**/*.ts'],
    rules: restrict(
      ['electron'],
      ['../electron/*', '**/electron/*'],
      'services and non-Electron transports must not import electron'
    )
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      ['better-sqlite3', ...nodeBuiltins],
      ['../main/*'],
      'the preload only bridges IPC: electron and src/shared only'
    )
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      ...restrict(
        ['electron', 'better-sqlite3', ...nodeBuiltins],
        ['**/main/*', '**/preload/*'],
        'the renderer talks only to window.api'
      )
    }
  },
  {
    // Components call store actions; a write's result then reaches the store one way (commit).
    // This block replaces the renderer's rule for these files, so it repeats its bans.
    files: ['src/renderer/src/components/**/*.{ts,tsx}'],
    rules: restrict(
      ['electron', 'better-sqlite3', ...nodeBuiltins],
      ['**/main/*', '**/preload/*', '**/api', '**/api.ts'],
      'components call store actions, never the api module or other layers'
    )
  }
)
