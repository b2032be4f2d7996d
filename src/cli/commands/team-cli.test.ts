/** `kb ticket handoff` and `kb team status|design-doc` as a person runs them. */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const KB = resolve(import.meta.dirname, '../kb.ts')
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'roteiro-team-cli-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const kb = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', KB, ...args, '--data-dir', dir]).catch(
    (error: { code: number; stdout: string; stderr: string }) => error,
  )

describe('kb ticket handoff', { timeout: 120_000 }, () => {
  it('hands a ticket to a tier with a note, recorded in its history', async () => {
    await writeFile(join(dir, 'config.json'), JSON.stringify({ teamUser: 'ana' }))
    await kb('ticket', 'open', 'H-9')
    const out = await kb('ticket', 'handoff', 'H-9', '--to', 'n2', '--note', 'sem acesso')
    expect(out.stdout).toContain('chamado H-9 encaminhado de ana para N2')
    const shown = await kb('ticket', 'show', 'H-9', '--json')
    const ticket = JSON.parse(shown.stdout) as { history: { type: string }[] }
    expect(ticket.history.at(-1)).toMatchObject({
      type: 'handed-off',
      from: 'ana',
      to: 'N2',
      note: 'sem acesso',
    })
  })

  it('asks for the team user first, and for --to', async () => {
    await kb('ticket', 'open', 'H-10')
    const noUser = (await kb('ticket', 'handoff', 'H-10', '--to', 'bia')) as {
      code: number
      stderr: string
    }
    // The API refuses the call's arguments as they stand (no team user to hand off from): exit 2.
    expect(noUser.code).toBe(2)
    expect(noUser.stderr).toContain('usuário da equipe')
    const noTarget = (await kb('ticket', 'handoff', 'H-10')) as { code: number; stderr: string }
    expect(noTarget.code).toBe(2)
  })
})

describe('kb team', { timeout: 120_000 }, () => {
  it('shows the status of a folder that never synced', async () => {
    const out = await kb('team', 'status')
    expect(out.stdout).toContain('última sincronização: nunca')
    expect(out.stdout).toContain('alterações aguardando envio: 0')
  })

  it('prints the design document with its validation function', async () => {
    const out = await kb('team', 'design-doc')
    const { designDoc } = JSON.parse(out.stdout) as { designDoc: { validate_doc_update: string } }
    expect(designDoc.validate_doc_update).toContain('newDoc.author !== userCtx.name')
  })
})
