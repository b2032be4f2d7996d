/**
 * `kb team sync|status|design-doc`: team mode from the command line. One round per `sync`; the
 * desktop app and the browser mode run the same rounds in the background.
 */
import { resolve } from 'node:path'
import { teamDesignDoc, teamSecurity } from '../../core/team/design-doc'
import { syncReportLine, teamErrorMessage } from '../../core/team/messages'
import { isTier } from '../../core/team/handoff'
import type { Tier } from '../../core/team/types'
import { createSettingsStore } from '../../node/settings'
import {
  environmentOr,
  fileVault,
  PasswordFileError,
  readPasswordFile,
} from '../../node/team/password'
import { openReplica, TeamError } from '../../node/team/replica'
import { readTeamStatus } from '../../node/team/status-file'
import { pendingChanges, syncRound } from '../../node/team/sync-round'
import { CommandError, UsageError } from '../cli-error'
import { dataDir, parseCommandArgs, printJson } from '../options'
import { chooseSubcommand, type Subcommands } from '../subcommands'

const USAGE = `usage:
  kb team sync [--server URL] [--user NAME] [--password-file FILE] [--tier N1|N2|N3] [--allow-http] --data-dir DIR [--json]
  kb team status --data-dir DIR [--json]
  kb team design-doc        the design document and _security to install on the team database
the password: --password-file FILE (readable only by you), else ROTEIRO_TEAM_PASSWORD, else the
file saved by the app in DIR/team/password`

async function sync(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {
    server: { type: 'string' },
    user: { type: 'string' },
    'password-file': { type: 'string' },
    tier: { type: 'string' },
    'allow-http': { type: 'boolean' },
  })
  if (positionals.length) throw new UsageError('team sync takes no positional arguments')
  const dir = dataDir(values)
  const settings = createSettingsStore({ dataDir: dir }).get()
  const language = settings.language
  const server = values.server ?? settings.teamServer
  const user = values.user ?? settings.teamUser
  const tier = values.tier ?? settings.teamTier
  if (!server || !user)
    throw new CommandError(teamErrorMessage({ code: 'not-configured', params: {} }, language))
  if (!isTier(tier)) throw new UsageError('--tier must be N1, N2 or N3')
  let password: string | null
  try {
    password = values['password-file']
      ? await readPasswordFile(resolve(values['password-file']))
      : await environmentOr(fileVault(dir)).read()
  } catch (error) {
    if (error instanceof PasswordFileError) throw new CommandError(error.message)
    throw new CommandError(`não foi possível ler a senha: ${(error as Error).message}`)
  }
  if (password === null)
    throw new UsageError('no password: use --password-file FILE or ROTEIRO_TEAM_PASSWORD')
  const outcome = await syncRound({
    dataDir: dir,
    server,
    user,
    password,
    tier: tier as Tier,
    allowInsecure: values['allow-http'] ?? settings.teamAllowHttp,
    progress: (line) => {
      if (!values.json) process.stderr.write(`kb: ${line}\n`)
    },
  })
  if (values.json)
    printJson(
      outcome.ok ? outcome : { ...outcome, message: teamErrorMessage(outcome.error, language) },
    )
  else if (outcome.ok) process.stdout.write(syncReportLine(outcome.report, language) + '\n')
  if (!outcome.ok) throw new CommandError(teamErrorMessage(outcome.error, language))
}

async function status(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {})
  if (positionals.length) throw new UsageError('team status takes no positional arguments')
  const dir = dataDir(values)
  const settings = createSettingsStore({ dataDir: dir }).get()
  const stored = await readTeamStatus(dir)
  let pending = stored.pending
  let live = false
  try {
    const db = await openReplica(dir)
    try {
      pending = await pendingChanges(db, stored.pushedSeq)
      live = true
    } finally {
      await db.close()
    }
  } catch (error) {
    // The app holds the replica open while it runs: show the count of its last round.
    if (!(error instanceof TeamError)) throw error
  }
  const en = settings.language === 'en'
  const result = {
    enabled: settings.teamEnabled,
    server: settings.teamServer || null,
    user: settings.teamUser || null,
    lastSyncAt: stored.lastSyncAt,
    lastAttemptAt: stored.lastAttemptAt,
    pending,
    pendingAsOf: live ? 'now' : 'last-round',
    error: stored.error,
    lastReport: stored.lastReport,
  }
  if (values.json)
    return printJson({
      ...result,
      message: stored.error ? teamErrorMessage(stored.error, settings.language) : null,
    })
  const lines = [
    `${en ? 'server' : 'servidor'}: ${result.server ?? '—'} (${en ? 'user' : 'usuário'} ${result.user ?? '—'})`,
    `${en ? 'last sync' : 'última sincronização'}: ${result.lastSyncAt ?? (en ? 'never' : 'nunca')}`,
    `${en ? 'changes waiting' : 'alterações aguardando envio'}: ${pending}`,
  ]
  if (stored.error)
    lines.push(`${en ? 'error' : 'erro'}: ${teamErrorMessage(stored.error, settings.language)}`)
  process.stdout.write(lines.join('\n') + '\n')
}

const SUBCOMMANDS: Subcommands = {
  sync,
  status,
  'design-doc': async () => printJson({ designDoc: teamDesignDoc(), security: teamSecurity() }),
}

/** `kb team <subcommand> ...` */
export async function run(argv: string[]): Promise<void> {
  await chooseSubcommand('team', USAGE, SUBCOMMANDS, argv)()
}
