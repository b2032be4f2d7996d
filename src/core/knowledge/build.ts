import type {
  Article,
  KnowledgeBase,
  KnowledgeFileInput,
  KnowledgeRootInfo,
  LintProblem,
} from './types'
import type { RstProblem } from '../rst/types'
import { parseRst } from '../rst'
import { decodeKnowledgeBytes } from '../text/decode'
import { fileProblem } from './lint'
import { readArticles } from './read-articles'
import { fileReferences, type FileReference } from './references'
import { linkVersions } from './versions'
import { addVerbs, labelsInInfinitive } from './checklist/infinitive'

/** What one file contributes to a knowledge base, before the cross-file passes. */
export interface KnowledgeFileResult {
  root: number
  path: string
  articles: Article[]
  problems: LintProblem[]
  references: FileReference[]
  labels: string[]
  /** Infinitive-like words of the file: the vocabulary that puts step labels in the infinitive. */
  verbs: Map<string, number>
}

export interface BuildOptions {
  /** Files larger than this are reported and skipped (default: the decoder's limit). */
  maxBytes?: number
}

/** A change to one file for an incremental update: new bytes, or null when it was removed. */
export interface KnowledgeFileChange {
  root: number
  path: string
  bytes: Uint8Array | null
}

const fileKey = (root: number, path: string) => `${root}\u0000${path}`

function readerProblem(path: string, problem: RstProblem): LintProblem {
  return {
    path,
    line: problem.line,
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
  }
}

/** Decodes, parses and reads the articles of one file. */
export function readKnowledgeFile(
  roots: KnowledgeRootInfo[],
  file: KnowledgeFileInput,
  opts: BuildOptions = {},
): KnowledgeFileResult {
  const result: KnowledgeFileResult = {
    root: file.root,
    path: file.path,
    articles: [],
    problems: [],
    references: [],
    labels: [],
    verbs: new Map(),
  }
  if (file.fault) {
    result.problems.push(fileProblem(file.path, file.fault.code, file.fault.message))
    return result
  }
  const decoded = decodeKnowledgeBytes(file.bytes, { maxBytes: opts.maxBytes })
  if (!decoded.ok) {
    const code = decoded.reason === 'binary' ? 'binary-file' : 'oversized-file'
    result.problems.push(fileProblem(file.path, code, decoded.message))
    return result
  }
  if (decoded.encoding === 'windows-1252')
    result.problems.push(
      fileProblem(
        file.path,
        'legacy-encoding',
        'file is not UTF-8; read as Windows-1252 (save it as UTF-8)',
      ),
    )
  addVerbs(result.verbs, decoded.text)
  const doc = parseRst(decoded.text)
  result.problems.push(...doc.problems.map((p) => readerProblem(file.path, p)))
  const rootName = roots[file.root]?.name ?? String(file.root)
  const read = readArticles(doc, { root: file.root, rootName, path: file.path })
  result.articles = read.articles
  result.problems.push(...read.problems)
  const refs = fileReferences(file.path, doc.children)
  result.references = refs.references
  result.labels = refs.labels
  return result
}

function brokenReferences(results: KnowledgeFileResult[]): (LintProblem & { root: number })[] {
  const paths = new Set<string>()
  const labels = new Set<string>()
  for (const r of results) {
    paths.add(fileKey(r.root, r.path))
    for (const label of r.labels) labels.add(fileKey(r.root, label))
  }
  const problems: (LintProblem & { root: number })[] = []
  for (const r of results) {
    for (const ref of r.references) {
      const ok =
        ref.kind === 'ref'
          ? labels.has(fileKey(r.root, ref.target))
          : paths.has(fileKey(r.root, ref.target))
      if (ok) continue
      const what = ref.kind === 'ref' ? `label "${ref.target}"` : `file ${ref.target}`
      problems.push({
        root: r.root,
        path: r.path,
        line: ref.line,
        severity: 'warning',
        code: 'broken-reference',
        message: `${ref.kind} reference "${ref.raw}" points to ${what}, which is not in the knowledge folder`,
      })
    }
  }
  return problems
}

/** Runs the cross-file passes (versions, duplicate titles, broken references, step labels in the infinitive) over per-file results. */
export function linkKnowledgeBase(
  roots: KnowledgeRootInfo[],
  results: KnowledgeFileResult[],
): KnowledgeBase {
  const ordered = [...results].sort(
    (a, b) => a.root - b.root || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  )
  const verbs = new Map<string, number>()
  for (const r of ordered) for (const [w, n] of r.verbs ?? []) verbs.set(w, (verbs.get(w) ?? 0) + n)
  // Copies, so the cross-file passes never alter the per-file results kept for updates.
  const articles = ordered.flatMap((r) =>
    r.articles.map((a) => ({
      ...a,
      supersededBy: null,
      olderVersions: [],
      steps: labelsInInfinitive(a.steps, verbs),
    })),
  )
  const problems = [
    ...ordered.flatMap((r) => r.problems.map((p) => ({ ...p, root: r.root }))),
    ...linkVersions(articles),
    ...brokenReferences(ordered),
  ]
  const several = roots.length > 1
  const finalProblems: LintProblem[] = problems
    .map(({ root, ...p }) =>
      several ? { ...p, path: `${roots[root]?.name ?? root}/${p.path}` } : p,
    )
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line))
  return {
    roots,
    files: results.length,
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    problems: finalProblems,
    fileResults: new Map(ordered.map((r) => [fileKey(r.root, r.path), r])),
  }
}

/** Builds a knowledge base from the files of its roots: decode, parse, read articles, link. */
export function buildKnowledgeBase(
  roots: KnowledgeRootInfo[],
  files: KnowledgeFileInput[],
  opts: BuildOptions = {},
): KnowledgeBase {
  return linkKnowledgeBase(
    roots,
    files.map((file) => readKnowledgeFile(roots, file, opts)),
  )
}

/** A new knowledge base with some files re-read (or removed); the others are reused as they were. */
export function applyKnowledgeChanges(
  kb: KnowledgeBase,
  changes: KnowledgeFileChange[],
  opts: BuildOptions = {},
): KnowledgeBase {
  const results = new Map(kb.fileResults ?? [])
  if (!kb.fileResults) throw new Error('this knowledge base was not built by buildKnowledgeBase')
  for (const change of changes) {
    const key = fileKey(change.root, change.path)
    if (change.bytes === null) results.delete(key)
    else
      results.set(
        key,
        readKnowledgeFile(
          kb.roots,
          { root: change.root, path: change.path, bytes: change.bytes },
          opts,
        ),
      )
  }
  return linkKnowledgeBase(kb.roots, [...results.values()])
}
