// The part of PouchDB 9 that team mode uses. @types/pouchdb is not used: it pulls the DOM
// library into every Node file and changes Buffer's type there.
declare module 'pouchdb' {
  interface Doc {
    _id: string
    _rev?: string
    _deleted?: boolean
    _conflicts?: string[]
    [key: string]: unknown
  }
  interface ReplicationResult {
    ok: boolean
    docs_read: number
    docs_written: number
    doc_write_failures: number
    errors: unknown[]
  }
  interface Database {
    info(): Promise<{ doc_count: number; update_seq: number | string }>
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<Doc>
    put(doc: Doc): Promise<{ ok: boolean; id: string; rev: string }>
    /** Per document: `ok` with its new rev, or `error` (e.g. a conflict) without throwing. */
    bulkDocs(docs: Doc[]): Promise<{ ok?: boolean; id?: string; rev?: string; error?: string }[]>
    allDocs(options: {
      include_docs?: boolean
      conflicts?: boolean
      startkey?: string
      endkey?: string
      limit?: number
    }): Promise<{ total_rows: number; rows: { id: string; value: { rev: string }; doc?: Doc }[] }>
    changes(options: {
      since: number | string
      limit?: number
    }): Promise<{ results: { id: string; seq: number | string }[]; last_seq: number | string }>
    replicate: {
      from(source: Database, options?: { batch_size?: number }): Promise<ReplicationResult>
      to(target: Database, options?: { batch_size?: number }): Promise<ReplicationResult>
    }
    close(): Promise<void>
    destroy(): Promise<void>
  }
  interface PouchDBConstructor {
    new (name: string, options?: Record<string, unknown>): Database
    fetch(url: string, init?: unknown): Promise<unknown>
  }
  const PouchDB: PouchDBConstructor
  export default PouchDB
  export type { Database, Doc, ReplicationResult }
}
