/**
 * Child process for the hostile-environment tests: lists the tickets of DATA_DIR and prints
 * `{"listed": n, "problems": [...]}` as one JSON line. With `--exhaust-fds`, it first opens
 * files until the process is out of file handles (EMFILE) and gives them back only while the
 * listing runs, as a flood of connections to the browser mode would.
 * Usage: node --import tsx list-in-child.ts DATA_DIR [--exhaust-fds]
 */
import { closeSync, openSync } from 'node:fs'
import { TicketStore } from '../ticket-store'

const [dataDir, flag] = process.argv.slice(2)
const store = await TicketStore.open(dataDir, { log: () => {} })
const held: number[] = []
let exhausted = false
if (flag === '--exhaust-fds') {
  for (let i = 0; i < 100_000; i++) {
    try {
      held.push(openSync('/dev/null', 'r'))
    } catch (error) {
      exhausted = (error as NodeJS.ErrnoException).code === 'EMFILE'
      break
    }
  }
  // Give the handles back a few at a time while the listing is under way.
  const release = setInterval(() => {
    for (let i = 0; i < 4 && held.length; i++) closeSync(held.pop()!)
    if (!held.length) clearInterval(release)
  }, 20)
}
const tickets = await store.all()
for (const fd of held.splice(0)) closeSync(fd)
process.stdout.write(
  JSON.stringify({
    exhausted,
    listed: tickets.length,
    problems: store.problems.map((p) => ({ kind: p.kind, movedTo: p.movedTo })),
  }) + '\n',
)
