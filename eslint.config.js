import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import { builtinModules } from 'node:module'

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

// Layer boundaries (see DESIGN.md): core is pure, the renderer only talks to an API client,
// and only the Electron main process and preload may import electron.
const noElectron = {
  name: 'electron',
  message: 'Only src/main and src/preload may import electron.',
}
const noNodeBuiltins = NODE_BUILTINS.map((name) => ({
  name,
  message: 'Node built-ins are not allowed here: pass the capability in through a port.',
}))

const LAYERS = ['core', 'node', 'main', 'server', 'cli', 'renderer', 'preload']

/**
 * The import rule of one layer: the source folders it may not import (every layer not in
 * `allowed`), Node built-ins unless `builtins`, electron unless `electron`. Tests are outside the
 * fence: they may assemble several hosts.
 */
function fence(dir, allowed, message, options = {}) {
  const { builtins = true, electron = false, packages = [], exts = 'ts' } = options
  const forbidden = LAYERS.filter((layer) => !allowed.includes(layer) && `src/${layer}` !== dir)
  const paths = [...(electron ? [] : [noElectron]), ...(builtins ? [] : noNodeBuiltins)]
  const patterns = [{ group: forbidden.map((layer) => `**/${layer}/**`), message }]
  if (packages.length) patterns.push({ group: packages, message: `${dir} is host-free.` })
  return {
    files: [`${dir}/**/*.${exts}`],
    ignores: [`${dir}/**/*.test.ts`],
    ...(dir === 'src/core' ? { languageOptions: { globals: {} } } : {}),
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  }
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      'coverage/**',
      'bench/results/**',
      'knowledge/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  // Layer fences, like VS Code's layer rule: each host imports only the layers beneath it.
  // core ← node ← main | server | cli; the renderer and the preload see only core.
  fence('src/core', [], 'src/core depends on nothing outside src/core.', {
    builtins: false,
    packages: ['vue', 'pinia', 'chokidar', 'conf', 'electron-store', 'write-file-atomic'],
  }),
  fence('src/node', ['core', 'node'], 'src/node builds on src/core only.'),
  fence('src/server', ['core', 'node', 'server'], 'src/server builds on src/core and src/node.'),
  fence('src/cli', ['core', 'node', 'cli'], 'src/cli builds on src/core and src/node.'),
  fence('src/main', ['core', 'node', 'main'], 'src/main builds on src/core and src/node.', {
    electron: true,
  }),
  {
    ...fence('src/renderer', ['core', 'renderer'], 'The renderer talks only to an API client.', {
      builtins: false,
      exts: '{ts,vue}',
    }),
    // The tests and their support run the real service in-process (Node), never in the app.
    ignores: ['src/renderer/**/*.test.ts', 'src/renderer/src/test-support/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/no-v-html': 'error',
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // zod-free contract files only: a sandboxed preload bundles nothing else.
              regex: '^\\.\\./(?!core/api/method-names$)',
              message: 'The preload imports only electron and src/core/api/method-names.',
            },
          ],
        },
      ],
    },
  },
  prettier,
)
