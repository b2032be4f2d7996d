/**
 * Team mode: 1,000 tickets replicated to an empty client through a CouchDB-compatible server
 * (pouchdb-server on loopback, or COUCHDB_URL), against a baseline measured in the same run:
 * PouchDB's own replication of the same 1,000 documents, without our mirror. Also a step
 * checked with team mode's replica beside the files (the write path does not change).
 * Run alone: `npm run bench -- team`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PouchDB from 'pouchdb'
import { createTicket, recordStep } from '../src/core/tickets/model'
import { syncRound } from '../src/node/team/sync-round'
import { startTestServer } from '../src/node/team/testing/test-server'
import { TicketStore } from '../src/node/tickets/ticket-store'

const COUNT = 1_000
const now = () => new Date()

const ms = (start: number) => performance.now() - start

export const suite = {
  name: 'team',
  async run() {
    const server = await startTestServer()
    const folders: string[] = []
    const folder = () => {
      const dir = mkdtempSync(join(tmpdir(), 'roteiro-bench-team-'))
      folders.push(dir)
      return dir
    }
    try {
      await server.addUser('ana', 'a')
      await server.addUser('sara', 's', ['supervisor'])
      const a = folder()
      const store = await TicketStore.open(a, { fsync: false })
      for (let i = 0; i < COUNT; i++) {
        const t = createTicket({ number: `R-${i}`, requester: `Pessoa ${i}` }, now)
        await store.save(
          recordStep(
            t,
            { articleId: 'acesso', stepKey: 's1', label: 'Passo', done: true, note: 'nota' },
            now,
          ),
        )
      }
      let start = performance.now()
      const push = await syncRound({
        dataDir: a,
        server: server.dbUrl,
        user: 'ana',
        password: 'a',
        store,
      })
      const pushMs = ms(start)
      if (!push.ok) throw new Error(`push failed: ${push.error.code}`)

      // The empty client: a supervisor's new data folder.
      const empty = folder()
      start = performance.now()
      const pull = await syncRound({
        dataDir: empty,
        server: server.dbUrl,
        user: 'sara',
        password: 's',
      })
      const pullMs = ms(start)
      if (!pull.ok || pull.report.pulled < COUNT) throw new Error('pull to the empty client failed')

      // Baseline: PouchDB alone, the same documents into an empty LevelDB database.
      const raw = new PouchDB(join(folder(), 'raw'))
      const remote = new PouchDB(server.dbUrl, {
        skip_setup: true,
        auth: { username: 'sara', password: 's' },
      })
      start = performance.now()
      const baseline = await raw.replicate.from(remote, { batch_size: 100 })
      const baselineMs = ms(start)
      await raw.close()
      await remote.close()

      // A local write with team mode's replica beside the files: the same store write as without.
      const times: number[] = []
      for (let i = 0; i < 100; i++) {
        const s = performance.now()
        await store.update(`R-${i}`, (t) =>
          recordStep(
            t!,
            { articleId: 'acesso', stepKey: 's2', label: 'Passo 2', done: i % 2 === 0 },
            now,
          ),
        )
        times.push(ms(s))
      }
      times.sort((x, y) => x - y)
      const writeP50 = times[50]!

      const json = {
        tickets: COUNT,
        server: process.env.COUCHDB_URL ? 'couchdb' : 'pouchdb-server (in memory)',
        pushMs,
        pullToEmptyClientMs: pullMs,
        baselinePouchReplicationMs: baselineMs,
        baselineDocs: baseline.docs_written,
        ratioToBaseline: pullMs / baselineMs,
        localWriteP50Ms: writeP50,
      }
      const table = [
        '| measure | value |',
        '| --- | --- |',
        `| ${COUNT} tickets pushed from A (mirror + replication) | ${pushMs.toFixed(0)} ms |`,
        `| ${COUNT} tickets replicated to an empty client | ${pullMs.toFixed(0)} ms |`,
        `| baseline: PouchDB replication alone, same docs | ${baselineMs.toFixed(0)} ms |`,
        `| ratio (ours / baseline) | ${json.ratioToBaseline.toFixed(2)} |`,
        `| step write, p50 (fsync off, replica beside) | ${writeP50.toFixed(2)} ms |`,
      ].join('\n')
      return { table, json }
    } finally {
      await server.stop()
      for (const dir of folders) rmSync(dir, { recursive: true, force: true })
    }
  },
}
