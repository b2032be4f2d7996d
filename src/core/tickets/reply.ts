/**
 * Fills an article's reply template for a ticket: the requester's name after the salutation,
 * the ticket number, the agent's name, NUP checks, values the agent typed, and the signature.
 * Works on the reader's tree so the HTML keeps the template's links and every value is escaped
 * by the renderer.
 */
import type { ReplyFieldView, ReplyView } from '../api/types'
import type { Article, ReplyField } from '../knowledge/types'
import { mapText, renderHtml, renderText } from '../rst'
import type { Block, Inline } from '../rst/types'
import { validateNup } from './nup'
import { withCurrentKeys } from './step-keys'
import { formatDateTime } from './time-format'
import type { Ticket } from './types'

export interface ReplySettings {
  agentName: string
  signature: string
  greeting: string
  closing: string
}

export interface FillReplyInput {
  article: Article
  ticket?: Ticket | null
  settings: ReplySettings
  /** Values the agent typed, by field id; they override everything else. */
  values?: Record<string, string>
  /** IANA time zone for the times in the steps-done list (default: the host's). */
  timeZone?: string
  /** Which template of a reply that holds several (from 0); default: the ticket's choice, else 0. */
  variant?: number
}

/** The variant to fill: the one asked for, else the one remembered on the ticket, else the first. */
export function chosenVariant(
  article: Pick<Article, 'id' | 'reply'>,
  ticket: Ticket | null | undefined,
  asked?: number,
): number {
  const count = article.reply.variants.length
  const wanted = asked ?? ticket?.replyVariants?.[article.id] ?? 0
  return Number.isInteger(wanted) && wanted >= 0 && wanted < count ? wanted : 0
}

export const STEPS_DONE_FIELD = 'steps-done'
export const STUB_NOTICE =
  'Este artigo ainda não tem modelo de resposta pronto: o texto abaixo traz só a saudação, o ' +
  'encerramento e a assinatura. Escreva a resposta antes de enviá-la.'
export const MISSING_NOTICE =
  'Este artigo não tem modelo de resposta: o texto abaixo traz só a saudação, o encerramento e ' +
  'a assinatura. Escreva a resposta antes de enviá-la.'

const DEFAULT_GREETING = 'Prezado(a)'
const DEFAULT_CLOSING = 'Atenciosamente,'

const text = (value: string): Inline => ({ type: 'text', value })
const paragraph = (value: string): Block => ({
  type: 'paragraph',
  line: 0,
  children: [text(value)],
})
const lines = (value: string): Block => ({
  type: 'line_block',
  line: 0,
  lines: value.split(/\r?\n/).map((line) => [text(line)]),
})

/**
 * "- step (dd/mm/yyyy hh:mm)" for each step of the article done on the ticket, in checklist
 * order: the step's full text (never its short label, never a URL cut), or the recorded label
 * of a step no longer in the article.
 */
export function stepsDoneText(
  ticket: Ticket | null | undefined,
  article: Pick<Article, 'id' | 'steps' | 'formerKeys'>,
  timeZone?: string,
): string {
  const recorded = (ticket ? withCurrentKeys(ticket, article) : ticket)?.steps[article.id] ?? {}
  const order = new Map(article.steps.map((s, i) => [s.key, i]))
  const texts = new Map(article.steps.map((s) => [s.key, s.text || s.label]))
  return Object.entries(recorded)
    .filter(([, state]) => state.done)
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
    .map(
      ([key, state]) =>
        `- ${texts.get(key) ?? state.label} (${formatDateTime(state.at, timeZone)})`,
    )
    .join('\n')
}

function salutationWithName(greeting: string, name: string): string {
  const base = greeting.trim().replace(/[\s,;:]+$/u, '') || DEFAULT_GREETING
  return name ? `${base} ${name}` : base
}

function resolveField(
  field: Pick<ReplyField, 'id' | 'kind' | 'token' | 'label'>,
  input: FillReplyInput,
  hasRequesterField: boolean,
): ReplyFieldView {
  const { ticket, settings, values } = input
  const base = { id: field.id, kind: field.kind, label: field.label, token: field.token }
  const typed = values?.[field.id]
  let value = ''
  let source: ReplyFieldView['source'] = 'empty'
  if (typed !== undefined && typed !== '') {
    value = typed
    source = 'agent'
  } else if (field.kind === 'salutation') {
    // Give the salutation the name when the template has no name mark of its own.
    if (!hasRequesterField && ticket?.requester) {
      value = salutationWithName(field.token, ticket.requester)
      source = 'ticket'
    }
  } else if (field.kind === 'requester' && ticket?.requester) {
    value = ticket.requester
    source = 'ticket'
  } else if (field.kind === 'ticket' && ticket) {
    value = ticket.number
    source = 'ticket'
  } else if (field.kind === 'agent' && settings.agentName.trim()) {
    value = settings.agentName.trim()
    source = 'settings'
  } else if (field.kind === 'steps-done') {
    value = stepsDoneText(ticket, input.article, input.timeZone)
    if (value) source = 'ticket'
  }
  let valid: boolean | null = null
  let message: string | null = null
  let expectedDigits: string | null = null
  if (field.kind === 'protocol' && value) {
    const check = validateNup(value)
    valid = check.valid
    message = check.message
    expectedDigits = check.expected
  }
  return { ...base, value, source, valid, message, expectedDigits }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function normalizeSpace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim()
}

/** Index of the template's closing paragraph ("Atenciosamente,"), or the end of the reply. */
function closingIndex(blocks: Block[], closing: string): number {
  const words = [closing, DEFAULT_CLOSING].map((c) => normalizeSpace(c).replace(/[\s,.;:]+$/u, ''))
  for (let i = blocks.length - 1; i >= 0; i--) {
    const start = normalizeSpace(renderText([blocks[i]])).replace(/^["“]/u, '')
    if (words.some((word) => word && start.startsWith(word))) return i
  }
  return blocks.length
}

/**
 * Places the list of steps done before the closing, for templates without a steps-done mark.
 * The agent opts in by giving the field a value (the UI fills it from the checklist).
 */
function withStepsDone(blocks: Block[], list: string, closing: string): Block[] {
  const at = closingIndex(blocks, closing)
  const added = [paragraph('Passos realizados:'), lines(list.trim())]
  return [...blocks.slice(0, at), ...added, ...blocks.slice(at)]
}

/** True when the signature already carries the agent's name (a line of it, or inside one). */
function signatureHoldsName(settings: ReplySettings): boolean {
  const name = normalizeSpace(settings.agentName).toLocaleLowerCase('pt-BR')
  return !!name && normalizeSpace(settings.signature).toLocaleLowerCase('pt-BR').includes(name)
}

function finish(
  blocks: Block[],
  signature: string,
): { blocks: Block[]; text: string; html: string } {
  let all = blocks
  const plain = renderText(blocks)
  if (signature.trim() && !normalizeSpace(plain).includes(normalizeSpace(signature)))
    all = [...blocks, lines(signature.trim())]
  return { blocks: all, text: renderText(all).trim(), html: renderHtml(all) }
}

/** Fills an article's reply for a ticket (or none) with the agent's settings and typed values. */
export function fillReply(input: FillReplyInput): ReplyView {
  const { article, ticket, settings } = input
  const reply = article.reply
  const stepsField: ReplyField = {
    id: STEPS_DONE_FIELD,
    kind: 'steps-done',
    token: '',
    label: 'Passos realizados',
    line: 0,
  }

  if (reply.status !== 'ready') {
    const name = ticket?.requester ?? ''
    const blocks: Block[] = [paragraph(`${salutationWithName(settings.greeting, name)},`)]
    const closing = settings.closing.trim() || DEFAULT_CLOSING
    const agent = signatureHoldsName(settings) ? '' : settings.agentName.trim()
    blocks.push(agent ? lines(`${closing}\n${agent}`) : paragraph(closing))
    const done = finish(blocks, settings.signature)
    return {
      articleId: article.id,
      status: reply.status,
      text: done.text,
      html: done.html,
      fields: [resolveField(stepsField, input, false)],
      notice: reply.status === 'placeholder' ? STUB_NOTICE : MISSING_NOTICE,
      stepsDone: stepsDoneText(ticket, article, input.timeZone),
      variant: 0,
      variants: [],
    }
  }

  // A reply with several templates fills one, without its label, with its own fields.
  const index = chosenVariant(article, ticket, input.variant)
  const variant = reply.variants[index]
  const own = variant ? { blocks: variant.blocks, fields: variant.fields } : reply
  const hasRequesterField = own.fields.some((f) => f.kind === 'requester')
  const templateFields = own.fields.some((f) => f.kind === 'steps-done')
    ? own.fields
    : [...own.fields, stepsField]
  const fields = templateFields.map((field) => resolveField(field, input, hasRequesterField))
  // One value per token: when two fields share a mark, the first one with a value wins.
  const byToken = new Map<string, string>()
  for (const field of fields)
    if (field.token && field.value && !byToken.has(field.token))
      byToken.set(field.token, field.value)
  // One pass, longer tokens first ("Prezado(a) Senhor(a)" before "Prezado(a)"), so a value
  // that happens to contain another mark is not replaced again.
  // The signature already names the agent: the template's agent mark goes, so the name is not
  // written twice (the paragraph it leaves empty goes with it).
  if (signatureHoldsName(settings))
    for (const field of fields)
      if (field.kind === 'agent' && field.token) byToken.set(field.token, '')
  const tokens = [...byToken.keys()].sort((a, b) => b.length - a.length)
  const pattern = tokens.length ? new RegExp(tokens.map(escapeRegExp).join('|'), 'gu') : null
  let filled = pattern
    ? mapText(own.blocks, (value: string) =>
        value.replace(pattern, (token) => byToken.get(token) ?? token),
      )
    : own.blocks
  filled = filled.filter((b) => b.type !== 'paragraph' || renderText([b]).trim() !== '')
  const typedSteps = input.values?.[STEPS_DONE_FIELD]?.trim()
  if (typedSteps && templateFields.includes(stepsField))
    filled = withStepsDone(filled, typedSteps, settings.closing)
  const done = finish(filled, settings.signature)
  return {
    articleId: article.id,
    status: reply.status,
    text: done.text,
    html: done.html,
    fields,
    notice: null,
    stepsDone: stepsDoneText(ticket, article, input.timeZone),
    variant: index,
    variants: reply.variants.map((v) => v.label),
  }
}
