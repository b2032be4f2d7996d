import { statSync } from 'node:fs'
import { CommandError, UsageError } from '../cli-error'
import { knowledgeDirs, parseCommandArgs, printJson } from '../options'
import { loadKnowledgeBase } from '../../node/knowledge/load'
import type { Article, KnowledgeBase } from '../../core/knowledge/types'
import { toArticleSummary } from '../../core/knowledge/view'

/** Loads the knowledge roots named by --knowledge (or the bundled one); a missing folder is a usage error. */
export async function loadFromArgs(values: { knowledge?: string[] }): Promise<KnowledgeBase> {
  const dirs = knowledgeDirs(values)
  for (const dir of dirs) {
    let isDir = false
    try {
      isDir = statSync(dir).isDirectory()
    } catch {
      // reported below
    }
    if (!isDir) throw new UsageError(`--knowledge ${dir}: not a folder`)
  }
  try {
    return await loadKnowledgeBase(dirs)
  } catch (error) {
    throw new CommandError(
      `could not read the knowledge base: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

function articleJson(article: Article) {
  return {
    ...toArticleSummary(article),
    template: article.template,
    supersededBy: article.supersededBy,
    sections: article.sections.map((s) => s.role),
    keywords: article.keywords,
    reply: {
      status: article.reply.status,
      placeholders: article.reply.placeholders,
      variants: article.reply.variants.map((v) => v.label),
    },
    // Labels, as before, for older consumers; `checklist` holds the steps as objects.
    steps: article.steps.map((s) => s.label),
    checklist: article.steps.map((s) => ({
      key: s.key,
      label: s.label,
      text: s.text,
      kind: s.kind,
      condition: s.condition,
      source: s.source,
    })),
  }
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}

/** `kb articles [--json]`: the articles of the knowledge roots. */
export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {})
  if (positionals.length)
    throw new UsageError(`articles takes no arguments (got "${positionals[0]}")`)
  const kb = await loadFromArgs(values)
  if (values.json) {
    printJson({ files: kb.files, articles: kb.articles.map(articleJson) })
    return
  }
  const lines = [
    `${pad('KIND', 7)}${pad('DATE', 11)}${pad('VER', 4)}${pad('REPLY', 12)}${pad('STEPS', 6)}ID / TITLE`,
  ]
  for (const a of kb.articles) {
    const flag = a.superseded ? ' (superado)' : ''
    lines.push(
      `${pad(a.kind, 7)}${pad(a.date ?? '-', 11)}${pad(a.version ? `v${a.version}` : '-', 4)}` +
        `${pad(a.reply.status, 12)}${pad(String(a.steps.length), 6)}${a.id}\n` +
        `${' '.repeat(40)}${a.title}${flag}`,
    )
  }
  const scripts = kb.articles.filter((a) => a.kind === 'script').length
  lines.push(`${kb.articles.length} articles (${scripts} scripts) in ${kb.files} files`)
  process.stdout.write(lines.join('\n') + '\n')
}
