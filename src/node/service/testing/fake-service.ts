/** The service over the fake backends, with the calls the service tests make through dispatch. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ApiEvent } from '../../../core/api/contract'
import { createMemorySettingsStore } from '../../settings'
import { dispatch } from '../dispatch'
import type { HostHooks } from '../hooks'
import { createRoteiroService, type RoteiroService } from '../service'
import { fakeBackends, fakeTickets } from './fake-backends'
import { TEST_HOST } from './test-host'

/** The article of the fake knowledge that has steps and a reply. */
export const FAKE_ARTICLE = 'kb/certificado.rst'

const open: RoteiroService[] = []
const temp: string[] = []

/** A fresh temporary folder, removed by `closeFakeServices`. */
export function fakeServiceDir(prefix = 'roteiro-svc-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temp.push(dir)
  return dir
}

/** Closes every service started here and removes their folders (call it in afterEach). */
export async function closeFakeServices(): Promise<void> {
  for (const s of open.splice(0)) await s.close()
  for (const d of temp.splice(0)) rmSync(d, { recursive: true, force: true })
}

/** Starts the service over fake backends; `ok` returns a result or throws its error. */
export async function startFakeService(hooks?: HostHooks) {
  const dir = fakeServiceDir()
  const tickets = fakeTickets(() => new Date('2025-03-01T12:00:00Z'))
  const backends = fakeBackends(tickets)
  const settings = createMemorySettingsStore()
  const service = await createRoteiroService({
    knowledgeDirs: [join(dir)],
    dataDir: dir,
    settings,
    host: TEST_HOST,
    hooks,
    backends,
    bundledDir: dir,
  })
  open.push(service)
  const events: ApiEvent[] = []
  service.events((e) => events.push(e))
  const call = (method: string, args: unknown = {}) => dispatch(service.api, method, args)
  const ok = async (method: string, args: unknown = {}) => {
    const r = await call(method, args)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.result as never
  }
  return { dir, service, tickets, backends, settings, events, call, ok }
}
