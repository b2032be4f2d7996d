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
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNodeBuiltins],
          patterns: [
            {
              group: ['**/node/**', '**/main/**', '**/renderer/**', '**/server/**', '**/cli/**'],
              message: 'src/core depends on nothing outside src/core.',
            },
            {
              group: ['vue', 'pinia', 'chokidar', 'conf', 'electron-store', 'write-file-atomic'],
              message: 'src/core is host-free.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    // The tests and their support run the real service in-process (Node), never in the app.
    ignores: ['src/renderer/**/*.test.ts', 'src/renderer/src/test-support/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNodeBuiltins],
          patterns: [
            {
              group: ['**/node/**', '**/main/**', '**/server/**', '**/cli/**'],
              message: 'The renderer talks only to an API client.',
            },
          ],
        },
      ],
      'vue/multi-word-component-names': 'off',
      'vue/no-v-html': 'error',
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  prettier,
)
