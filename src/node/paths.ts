import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const APP_NAME = 'Roteiro'

/** The repository's bundled knowledge folder (also packaged as a resource). */
export const BUNDLED_KNOWLEDGE_DIR = resolve(import.meta.dirname, '../../knowledge')

/**
 * The app's data folder, the same one Electron's `app.getPath('userData')` gives, so the CLI,
 * the browser mode and the desktop app share settings and ticket records.
 * ROTEIRO_DATA_DIR overrides it.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.ROTEIRO_DATA_DIR) return resolve(env.ROTEIRO_DATA_DIR)
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

/** The app's version from package.json ('0.0.0' when it cannot be read). */
export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'))
    return String(pkg.version)
  } catch {
    return '0.0.0'
  }
}
