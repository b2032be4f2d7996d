import type { Block, RstDocument } from '../rst/types'
import type { Article, ArticleKind, ArticleSection, LintProblem, SectionRole } from './types'
import { renderText } from '../rst'
import { articleId } from './ids'
import { tidySpaces } from '../text/fold'
import { isFaqPath, isSupersededPath, productOf } from './kinds'
import { splitKeywords } from './keywords'
import { deriveChecklist } from './checklist'
import { formerStepKeys } from './checklist/former-keys'
import { legacyChecklist } from './checklist/legacy'
import { readReply } from './reply'
import { SCRIPT_ROLES, TEMPLATE_ROLES, headingRole } from './roles'
import { parseTitle } from './title'
import { scriptLint } from './lint'

/** Where a file comes from: root index, root name (for ids) and path relative to the root. */
export interface ArticleFile {
  root: number
  rootName: string
  path: string
}

type SectionBlock = Extract<Block, { type: 'section' }>

interface ArticleSource {
  kind: ArticleKind
  rawTitle: string
  line: number
  anchor: string
  children: Block[]
  /** Whether the article shares its file with others (its id then carries the anchor). */
  shared: boolean
}

const isSection = (block: Block): block is SectionBlock => block.type === 'section'

function scriptRoleCount(children: Block[]): number {
  const roles = new Set<SectionRole>()
  for (const child of children) {
    if (!isSection(child)) continue
    const { role } = headingRole(child.titleText)
    if (SCRIPT_ROLES.has(role)) roles.add(role)
  }
  return roles.size
}

// A script is the nearest section whose own subsections carry at least two script roles
// (Situação, Quando Ocorre…); this finds one per file or many in collection files.
function findScripts(blocks: Block[], out: SectionBlock[]): void {
  for (const block of blocks) {
    if (!isSection(block)) continue
    if (scriptRoleCount(block.children) >= 2) out.push(block)
    else findScripts(block.children, out)
  }
}

// A page's blocks in source order: what precedes the title, its content, then later top-level sections.
function withTitleChildren(blocks: Block[], title: SectionBlock): Block[] {
  const at = blocks.indexOf(title)
  return [...blocks.slice(0, at), ...title.children, ...blocks.slice(at + 1)]
}

function fileTitle(path: string): string {
  const base = path.split('/').pop() ?? path
  return tidySpaces(base.replace(/\.rst$/iu, '').replace(/_/gu, ' '))
}

function toSection(block: SectionBlock): ArticleSection {
  return {
    role: headingRole(block.titleText).role,
    title: tidySpaces(block.titleText),
    line: block.line,
    anchor: block.anchor,
    blocks: block.children,
    text: renderText(block.children).trim(),
  }
}

/**
 * Takes role sections (Atribuições…, Palavras-chave…) out of the section they were nested in by a
 * wrong underline style, so a reply never carries the sections that follow it. Returns the
 * remaining blocks and the hoisted sections in source order.
 */
function hoistRoles(blocks: Block[], hoisted: SectionBlock[]): Block[] {
  let changed = false
  const kept: Block[] = []
  for (const block of blocks) {
    if (isSection(block) && headingRole(block.titleText).role !== 'other') {
      hoisted.push(block)
      changed = true
    } else if (isSection(block)) {
      const children = hoistRoles(block.children, hoisted)
      if (children !== block.children) changed = true
      kept.push(children === block.children ? block : { ...block, children })
    } else kept.push(block)
  }
  return changed ? kept : blocks
}

function scriptSections(children: Block[], nested: SectionBlock[]): Block[] {
  const out: Block[] = []
  for (const child of children) {
    if (!isSection(child) || headingRole(child.titleText).role === 'other') {
      out.push(child)
      continue
    }
    const hoisted: SectionBlock[] = []
    const inner = hoistRoles(child.children, hoisted)
    out.push(inner === child.children ? child : { ...child, children: inner })
    nested.push(...hoisted)
    out.push(...scriptSections(hoisted, nested).filter(isSection))
  }
  return out
}

function sectionsOf(
  source: ArticleSource,
  title: string,
  nested: SectionBlock[],
): ArticleSection[] {
  const sections: ArticleSection[] = []
  const lead: Block[] = []
  const children =
    source.kind === 'script' ? scriptSections(source.children, nested) : source.children
  for (const child of children) {
    if (isSection(child)) sections.push(toSection(child))
    else if (!sections.length) lead.push(child)
    else sections[sections.length - 1].blocks = [...sections[sections.length - 1].blocks, child]
  }
  const leadText = renderText(lead).trim()
  if (leadText || lead.some((b) => b.type === 'image' || b.type === 'table')) {
    const line = lead[0]?.line ?? source.line
    sections.unshift({
      role: 'other',
      title,
      line,
      anchor: source.anchor,
      blocks: lead,
      text: leadText,
    })
  }
  return sections
}

// The template's own guidance, "(Indicar quem é responsável…)", is not a value.
const TEMPLATE_GUIDANCE = /^\(\s*indicar\b[^)]*\)?\.?$/iu

/** Every line that names a responsibility ("N1 – Caso destinatário; N2 – Caso remetente"). */
function allLines(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => tidySpaces(l).replace(/^[-*•]\s+/u, ''))
    .filter((l) => l && !TEMPLATE_GUIDANCE.test(l))
  return lines.length ? lines.join('; ') : null
}

function wholeText(text: string): string | null {
  const value = tidySpaces(text)
  return value && !TEMPLATE_GUIDANCE.test(value) ? value : null
}

function buildArticle(source: ArticleSource, file: ArticleFile, problems: LintProblem[]): Article {
  const parsed = parseTitle(source.rawTitle)
  const nested: SectionBlock[] = []
  const sections = sectionsOf(source, parsed.title, nested)
  for (const section of nested)
    problems.push({
      path: file.path,
      line: section.line,
      severity: 'warning',
      code: 'nested-role',
      message: `"${tidySpaces(section.titleText)}" is underlined as a subsection of another section; use the same underline as the other sections`,
    })
  const byRole = (role: SectionRole) => sections.find((s) => s.role === role) ?? null
  const template =
    source.kind !== 'script'
      ? null
      : sections.some((s) => headingRole(s.title).template === '2025')
        ? '2025'
        : '2023'
  const keywordsSection = byRole('keywords')
  const responsibility = byRole('responsibility')
  const profile = byRole('profile')
  const reply = readReply(byRole('reply'))
  const steps = deriveChecklist(sections, reply)
  const article: Article = {
    id: articleId(file.rootName, file.path, source.shared ? source.anchor : null),
    root: file.root,
    path: file.path,
    line: source.line,
    anchor: source.anchor,
    kind: source.kind,
    product: productOf(file.path),
    title: parsed.title,
    rawTitle: tidySpaces(source.rawTitle),
    date: parsed.date,
    version: parsed.version,
    superseded: isSupersededPath(file.path),
    supersededBy: null,
    olderVersions: [],
    template,
    sections,
    keywords: keywordsSection ? splitKeywords(keywordsSection.text) : [],
    responsibility: responsibility ? allLines(responsibility.text) : null,
    profile: profile ? wholeText(profile.text) : null,
    reply,
    steps,
    formerKeys: formerStepKeys(legacyChecklist(sections), steps),
  }
  if (parsed.impossibleDate) {
    problems.push({
      path: file.path,
      line: source.line,
      severity: 'warning',
      code: 'impossible-date',
      message: `title date "${parsed.impossibleDate}" is not a calendar date`,
    })
  }
  if (template) problems.push(...scriptLint(article, TEMPLATE_ROLES[template]))
  return article
}

/** Reads the articles of one parsed file: scripts (one or many), FAQ questions, or one page. */
export function readArticles(
  doc: RstDocument,
  file: ArticleFile,
): { articles: Article[]; problems: LintProblem[] } {
  const problems: LintProblem[] = []
  const title = doc.children.find(isSection) ?? null
  const sources: ArticleSource[] = []

  const scripts: SectionBlock[] = []
  if (scriptRoleCount(doc.children) >= 2) {
    sources.push({
      kind: 'script',
      rawTitle: fileTitle(file.path),
      line: 1,
      anchor: '',
      children: doc.children,
      shared: false,
    })
  } else findScripts(doc.children, scripts)

  if (scripts.length) {
    const shared = !(scripts.length === 1 && scripts[0] === title)
    for (const s of scripts)
      sources.push({
        kind: 'script',
        rawTitle: s.titleText,
        line: s.line,
        anchor: s.anchor,
        children: s.children,
        shared,
      })
  } else if (!sources.length && title && isFaqPath(file.path) && title.children.some(isSection)) {
    for (const q of title.children.filter(isSection))
      sources.push({
        kind: 'faq',
        rawTitle: q.titleText,
        line: q.line,
        anchor: q.anchor,
        children: q.children,
        shared: true,
      })
  } else if (!sources.length) {
    sources.push({
      kind: 'page',
      rawTitle: title ? title.titleText : fileTitle(file.path),
      line: title ? title.line : 1,
      anchor: title ? title.anchor : '',
      children: title ? withTitleChildren(doc.children, title) : doc.children,
      shared: false,
    })
  }
  const articles = sources.map((source) => buildArticle(source, file, problems))
  return { articles, problems }
}
