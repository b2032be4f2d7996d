// Starts pouchdb-server 4.2 for the tests, with one fix to its validation plugin
// (pouchdb-validation 4.2.0): before calling validate_doc_update it replaces the incoming
// document's _revisions with the stored document's, so a replicated update (new_edits: false)
// is silently dropped as a revision the database already has. CouchDB does not do this. The fix
// keeps the incoming _revisions; it is applied in memory, to this process only.
import Module, { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'

const load = createRequire(import.meta.url)
const server = load.resolve('pouchdb-server/package.json')
const express = load.resolve('express-pouchdb/package.json', { paths: [server] })
const file = load.resolve('pouchdb-validation', { paths: [dirname(express)] })
const broken = 'newDoc._revisions = (oldDoc || {})._revisions;'
const source = readFileSync(file, 'utf8')
if (!source.includes(broken))
  throw new Error(`pouchdb-validation changed: review the fix in ${import.meta.url}`)
const patched = new Module(file)
patched.filename = file
patched.paths = Module._nodeModulePaths(dirname(file))
patched._compile(source.replace(broken, 'if (!newDoc._revisions) ' + broken), file)
patched.loaded = true
load.cache[file] = patched

load('pouchdb-server/lib/index.js')
