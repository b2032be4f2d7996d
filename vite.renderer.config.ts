import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import type { UserConfig } from 'vite'

/** The renderer build, shared by electron-vite (app) and by the browser mode (npm run serve). */
export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [vue()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'src/renderer/index.html'),
      },
    },
  },
}

export default rendererConfig
