// What the end-to-end tests need from the machine, and where it is. Overridable by environment.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../../..')

/** The Chromium the browser-mode projects drive (Debian's by default). */
export const CHROMIUM =
  process.env.ROTEIRO_CHROMIUM || process.env.CHROME_PATH || '/usr/bin/chromium'

/** The real knowledge base the browser mode serves. */
export const CORPUS = process.env.KB_CORPUS
  ? resolve(process.env.KB_CORPUS)
  : resolve(ROOT, '../shared/kb/pen-wiki')

export const IN_CI = !!process.env.CI

/** Why the browser-mode tests cannot run here, or null when they can. */
export function browserModeUnavailable(): string | null {
  if (!existsSync(CHROMIUM))
    return `no Chromium at ${CHROMIUM} (set ROTEIRO_CHROMIUM or CHROME_PATH, or install chromium)`
  if (!existsSync(CORPUS)) return `knowledge corpus not found at ${CORPUS} (set KB_CORPUS)`
  return null
}

const CORE_PACKAGE = createRequire(import.meta.url).resolve('playwright-core/package.json')

/**
 * Why Playwright cannot record video here, or null. It records with its own ffmpeg build
 * (`npx playwright install ffmpeg`), which machines without downloads lack; video is then off
 * and traces and screenshots still cover failures.
 */
export function videoUnavailable(): string | null {
  const { browsers } = JSON.parse(
    readFileSync(join(dirname(CORE_PACKAGE), 'browsers.json'), 'utf8'),
  ) as { browsers: { name: string; revision: string }[] }
  const revision = browsers.find((b) => b.name === 'ffmpeg')?.revision
  const file =
    process.platform === 'win32'
      ? 'ffmpeg-win64.exe'
      : process.platform === 'darwin'
        ? 'ffmpeg-mac'
        : 'ffmpeg-linux'
  const base = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright')
  const path = join(base, `ffmpeg-${revision}`, file)
  return existsSync(path) ? null : `no Playwright ffmpeg at ${path} (npx playwright install ffmpeg)`
}
