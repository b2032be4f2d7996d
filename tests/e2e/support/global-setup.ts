// Once per run, before any worker starts a server: builds the browser-mode UI when stale (so
// workers never build it concurrently), and says why the browser-mode tests will be skipped.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { browserModeUnavailable, IN_CI, ROOT, videoUnavailable } from './env'

export default function globalSetup(): void {
  const noVideo = videoUnavailable()
  if (noVideo) console.log(`e2e: video off: ${noVideo}`)
  const reason = browserModeUnavailable()
  if (reason) {
    if (IN_CI) throw new Error(`e2e: ${reason} (required in CI)`)
    console.log(`e2e: browser-mode tests skipped: ${reason}`)
    return
  }
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-ui.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  })
  if (build.status !== 0) throw new Error(`e2e: the UI build failed (${build.status})`)
}
