/**
 * Tickets: the cost of checking a step with 1 vs 10,000 tickets on record — in the core (store +
 * model, fsync on) and through the `kb ticket step` command — plus listing and exporting 10,000.
 * Run alone: `npm run bench -- tickets`.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { makeArticle } from '../src/core/tickets/__fixtures__/articles'
import { ticketsToCsv } from '../src/core/tickets/export/csv'
import { ticketsToJson } from '../src/core/tickets/export/json'
import { createTicket, setStep } from '../src/core/tickets/model'
import { ticketFileName } from '../src/node/tickets/file-name'
import { writeFileAtomic } from '../src/node/fs/atomic-write'
import { readTicketRecord } from '../src/node/tickets/read-record'
import { TicketStore } from '../src/node/tickets/ticket-store'

const ROOT = resolve(import.meta.dirname, '..')
const KB = resolve(ROOT, 'src/node/tickets/__fixtures__/kb')
const CLI_ARTICLE = 'kb/Scripts_Atendimento/Teste/Certificado_em_dois_ambientes.rst'
const MANY = 10_000
const CORE_SAMPLES = 300
const CLI_RUNS = 7

const article = makeArticle()
const now = () => new Date()

/** Writes `count` realistic ticket files directly (setup only: no fsync, no queue). */
function populate(dataDir: string, count: number): void {
  const dir = join(dataDir, 'tickets')
  mkdirSync(dir, { recursive: true })
  for (let i = 0; i < count; i++) {
    let t = createTicket(
      { number: `B-${i}`, requester: `Solicitante ${i}`, organization: 'Órgão' },
      now,
    )
    t = setStep(t, article, { stepKey: 'passo-1', done: true, note: 'nota' }, now)
    writeFileSync(join(dir, ticketFileName(t.number)), JSON.stringify(t, null, 1) + '\n')
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/**
 * Checking a step through the store (per-ticket cross-process lock held around the read, the
 * change and the atomic write), or — `unlocked`, the baseline of the same run — the same read,
 * change and write without the store and its lock.
 */
async function coreStep(
  count: number,
  fsync = true,
  unlocked = false,
): Promise<{ p50: number; p95: number; max: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roteiro-bench-'))
  try {
    populate(dataDir, count)
    const store = await TicketStore.open(dataDir, { fsync })
    const times: number[] = []
    for (let i = 0; i < CORE_SAMPLES; i++) {
      const number = `B-${Math.floor(Math.random() * count)}`
      const key = `passo-${1 + (i % 3)}`
      const start = performance.now()
      if (unlocked) {
        const file = store.fileFor(number)
        const read = await readTicketRecord(file)
        if (read.kind !== 'ticket') throw new Error(`bench ticket ${number} unreadable`)
        const next = setStep(read.ticket, article, { stepKey: key, done: i % 2 === 0 }, now)
        await writeFileAtomic(file, JSON.stringify(next, null, 1) + '\n', { fsync })
      } else
        await store.update(number, (t) =>
          setStep(t!, article, { stepKey: key, done: i % 2 === 0 }, now),
        )
      times.push(performance.now() - start)
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

function cliStep(dataDir: string, number: string, done: boolean): number {
  const start = performance.now()
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/kb.ts',
      'ticket',
      'step',
      number,
      CLI_ARTICLE,
      '0',
      done ? '--done' : '--undone',
      '--data-dir',
      dataDir,
      '--knowledge',
      KB,
    ],
    { cwd: ROOT, stdio: 'ignore' },
  )
  return performance.now() - start
}

async function listAndExport(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roteiro-bench-'))
  try {
    populate(dataDir, MANY)
    const store = await TicketStore.open(dataDir)
    let start = performance.now()
    const tickets = await store.all()
    const allMs = performance.now() - start
    start = performance.now()
    await store.list()
    const listMs = performance.now() - start
    start = performance.now()
    ticketsToCsv(tickets, () => article)
    const csvMs = performance.now() - start
    start = performance.now()
    ticketsToJson(tickets, now)
    const jsonMs = performance.now() - start
    return { allMs, listMs, csvMs, jsonMs }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export const suite = {
  name: 'tickets',
  async run() {
    const one = await coreStep(1)
    const many = await coreStep(MANY)
    const manyUnlocked = await coreStep(MANY, true, true)
    // the same without fsync: what the model, JSON and file system cost apart from the disk flush
    const manyNoSync = await coreStep(MANY, false)

    const small = mkdtempSync(join(tmpdir(), 'roteiro-bench-'))
    const large = mkdtempSync(join(tmpdir(), 'roteiro-bench-'))
    let cli
    try {
      populate(small, 1)
      populate(large, MANY)
      cliStep(small, 'B-0', true) // warm the disk cache and tsx's transform cache
      cliStep(large, 'B-0', true)
      const a: number[] = []
      const b: number[] = []
      for (let i = 0; i < CLI_RUNS; i++) {
        // alternate so machine load drifts hit both sides alike
        a.push(cliStep(small, 'B-0', i % 2 === 0))
        b.push(cliStep(large, `B-${Math.floor(Math.random() * MANY)}`, i % 2 === 0))
      }
      cli = {
        oneMedian: percentile(a, 50),
        manyMedian: percentile(b, 50),
        ratio: percentile(b, 50) / percentile(a, 50),
        one: a,
        many: b,
      }
    } finally {
      rmSync(small, { recursive: true, force: true })
      rmSync(large, { recursive: true, force: true })
    }
    const bulk = await listAndExport()
    const ms = (v: number) => v.toFixed(2)
    const table = [
      '| measure | 1 ticket | 10,000 tickets |',
      '|---|---|---|',
      `| core step (store.update + setStep, fsync, lock held) p50 ms | ${ms(one.p50)} | ${ms(many.p50)} |`,
      `| core step p95 ms (target ≤ 5 with 10,000) | ${ms(one.p95)} | ${ms(many.p95)} |`,
      `| baseline, same run: read + setStep + atomic write, no lock, p50 / p95 ms | | ${ms(manyUnlocked.p50)} / ${ms(manyUnlocked.p95)} |`,
      `| lock cost: p95 with lock / without | | ${(many.p95 / manyUnlocked.p95).toFixed(3)} |`,
      `| core step without fsync p50 / p95 ms | | ${ms(manyNoSync.p50)} / ${ms(manyNoSync.p95)} |`,
      `| \`kb ticket step\` median ms (${CLI_RUNS} runs) | ${ms(cli.oneMedian)} | ${ms(cli.manyMedian)} |`,
      `| CLI ratio many/one (target ≤ 1.2) | | ${cli.ratio.toFixed(3)} |`,
      `| read all / list / CSV / JSON of 10,000, ms | | ${ms(bulk.allMs)} / ${ms(bulk.listMs)} / ${ms(bulk.csvMs)} / ${ms(bulk.jsonMs)} |`,
    ].join('\n')
    return {
      table,
      json: { coreStep: { one, many, manyUnlocked, manyNoSync }, cli, bulk, tickets: MANY },
    }
  },
}
