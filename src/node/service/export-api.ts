/** The contract's export, backup and import methods, and saving them where the host can. */
import type { ApiImplementation } from '../../core/api/contract'
import type { HostHooks } from './hooks'
import { unsupported } from './host-api'
import type { KnowledgeState } from './knowledge-state'
import type { DocumentsBackend, TicketsBackend } from './ports'
import { requireTicket, type TicketsChanged } from './ticket-api'

export interface ExportApiOptions {
  tickets: TicketsBackend
  docs: DocumentsBackend
  knowledge: KnowledgeState
  hooks: HostHooks
  now: () => Date
  changed: TicketsChanged
}

type ExportMethods = Pick<
  ApiImplementation,
  | 'exportTicket'
  | 'exportTickets'
  | 'backupTickets'
  | 'importTickets'
  | 'saveTicketExport'
  | 'saveBulkExport'
>

/** Builds the export methods of the API; every export of one ticket is recorded on it. */
export function exportApi(options: ExportApiOptions): ExportMethods {
  const { tickets, docs, knowledge, hooks, now, changed } = options
  const exportOne = async (number: string, format: 'md' | 'csv' | 'json' | 'html') => {
    const t = await requireTicket(tickets, number)
    const { kb } = await knowledge.current()
    return docs.exportTicket({ ticket: t, format, kb, now: now() })
  }
  const exportMany = async (range: { format: 'csv' | 'json'; since?: string; until?: string }) => {
    const { kb } = await knowledge.current()
    return docs.exportTickets({ ...range, tickets: await tickets.all(), kb, now: now() })
  }

  return {
    exportTicket: async ({ number, format }) => {
      const file = await exportOne(number, format)
      changed(await tickets.recordExported(number, format))
      return file
    },
    exportTickets: (range) => exportMany(range),
    backupTickets: async () => docs.backup({ tickets: await tickets.all(), now: now() }),
    importTickets: async ({ content }) => changed(await tickets.importContent(content)),
    saveTicketExport: async ({ number, format }) => {
      if (format === 'pdf') {
        const savePdf = hooks.savePdf ?? unsupported('Salvar em PDF')
        const html = await exportOne(number, 'html')
        const path = await savePdf({
          html: html.content,
          filename: html.filename.replace(/\.html?$/i, '') + '.pdf',
        })
        if (path) changed(await tickets.recordExported(number, 'pdf'))
        return { path }
      }
      const saveFile = hooks.saveFile ?? unsupported('Salvar arquivo')
      const path = await saveFile(await exportOne(number, format))
      if (path) changed(await tickets.recordExported(number, format))
      return { path }
    },
    saveBulkExport: async ({ format, since, until }) => {
      if (!hooks.saveFile) unsupported('Salvar arquivo')
      const file =
        format === 'backup'
          ? docs.backup({ tickets: await tickets.all(), now: now() })
          : await exportMany({ format, since, until })
      return { path: await hooks.saveFile(file) }
    },
  }
}
