/**
 * The team database's design document. Its validation function runs on the server for every
 * write: a document's `author` must be the user writing it (admins excepted), so an agent cannot
 * write in another's name; ticket documents must look like tickets. Reading is governed by the
 * database's _security members (agents and supervisors read all).
 */
export const DESIGN_DOC_ID = '_design/roteiro'

// Kept as source text: CouchDB stores and runs it as JavaScript (ES5, no closures over this module).
const VALIDATE = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (!userCtx.name) throw({ unauthorized: 'login required' });
  if (newDoc.author !== userCtx.name)
    throw({ forbidden: 'author must be the user writing (' + userCtx.name + ')' });
  if (newDoc._deleted) return;
  if (newDoc._id.indexOf('ticket:') === 0) {
    if (newDoc.type !== 'roteiro-ticket' || !newDoc.ticket || typeof newDoc.ticket.number !== 'string')
      throw({ forbidden: 'not a ticket document' });
    if ('ticket:' + newDoc.ticket.number !== newDoc._id)
      throw({ forbidden: 'document id does not match the ticket number' });
  }
}`

/** The design document to PUT at `<db>/_design/roteiro` (as an admin). */
export function teamDesignDoc(): { _id: string; language: string; validate_doc_update: string } {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: VALIDATE }
}

/** The database's _security object: agents and supervisors are members (they read all). */
export function teamSecurity(): {
  admins: { names: string[]; roles: string[] }
  members: { names: string[]; roles: string[] }
} {
  return {
    admins: { names: [], roles: [] },
    members: { names: [], roles: ['agent', 'supervisor'] },
  }
}
