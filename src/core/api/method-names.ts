/**
 * The contract's method names without the schemas, for the sandboxed preload (which must not
 * bundle zod). method-names.test.ts checks it equals API_METHODS.
 */
export const API_METHOD_NAMES = [
  'search',
  'listArticles',
  'getArticle',
  'resolveWikiLink',
  'lintReport',
  'knowledgeStatus',
  'addKnowledgeRoot',
  'removeKnowledgeRoot',
  'reloadKnowledge',
  'openTicket',
  'getTicket',
  'listTickets',
  'updateTicket',
  'linkArticle',
  'unlinkArticle',
  'setStep',
  'setStepNote',
  'getChecklist',
  'closeTicket',
  'reopenTicket',
  'renderReply',
  'setReplyValues',
  'copyReply',
  'exportTicket',
  'exportTickets',
  'backupTickets',
  'importTickets',
  'teamStatus',
  'teamSyncNow',
  'setTeamPassword',
  'handoffTicket',
  'teamInbox',
  'supervisorReport',
  'exportSupervisorReport',
  'getSettings',
  'updateSettings',
  'hotkeyStatus',
  'hostInfo',
  'saveTicketExport',
  'saveBulkExport',
  'pickKnowledgeFolder',
  'pickImportFile',
  'openExternal',
  'windowCommand',
] as const

/** IPC channel of a method in the desktop app. */
export const ipcChannel = (method: string): string => `roteiro:${method}`

/** IPC channel of host events in the desktop app. */
export const IPC_EVENT_CHANNEL = 'roteiro:event'
