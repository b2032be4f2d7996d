/**
 * Query understanding for what agents paste: a requester's e-mail, an error copied from a log.
 * What says nothing about the problem is taken out before ranking — greetings, closings,
 * confidentiality notices, quoted earlier messages, contact lines — and so are tokens that
 * identify one case but no article: process numbers (NUP), NREs, hashes, timestamps, file paths,
 * addresses and stack frames. Error lines, codes, status numbers and system names stay; so do the
 * first lines of a signature (name, role, organisation), marked, to count less than the body.
 * A NUP found is returned for the ticket form. Written here because no library we found reads
 * Portuguese e-mail structure; every rule is about the shape of a message, never its topic.
 */
import { validateNup } from '../tickets/nup'

/** Input past this many characters is cut here (the response says so). */
export const MAX_QUERY_CHARS = 20_000
/** Lines of a signature kept: a name, a role, a unit, an organisation; what follows is a tail. */
const SIGNATURE_LINES = 4

export interface TicketText {
  /** The text ranked: the input without what says nothing about the problem. */
  text: string
  /** The input was longer than MAX_QUERY_CHARS and only its first part was read. */
  truncated: boolean
  /** The first process number (NUP) found, formatted; valid ones are preferred. */
  nup: string | null
  /**
   * Where the signature starts in `text` (its length when there is none). A signature's role and
   * organisation lines ("Analista Ministerial", "(cidadã)") stay, to count a little: they hint at
   * who asks, not at what is asked.
   */
  signatureAt: number
}

const NUP = /\b(?:\d{5}\.?\d{6}\/?\d{4}-?\d{2}|\d{7}\.?\d{8}\/?\d{4}-?\d{2})\b/g

/** A line that opens a quoted earlier message (the rest of the input is that message). */
const QUOTE_HEADER =
  /^\s*(?:em\s.{4,120}\sescreveu:?|on\s.{4,120}\swrote:?|-{2,}\s*(?:mensagem original|original message|mensagem encaminhada|forwarded message)\b.*|(?:de|from):\s.+)\s*$/i
/** Header lines of a quoted message (dropped with it). */
const QUOTE_FIELD = /^\s*(?:de|from|para|to|cc|enviad[oa]|sent|date|data|assunto|subject):\s/i
/**
 * A line that is only a closing ("Atenciosamente,", "Att.", "Obrigada, Ana", "Fico à
 * disposição."): a signature follows.
 */
const CLOSING =
  /^\s*(?:atenciosamente|att|atte|cordialmente|respeitosamente|abra[cç]os?|grat[oa]s?|(?:muito )?obrigad[oa]s?|agrade[cç]o(?: desde j[aá])?|desde j[aá] agrade[cç]o|sds|saudações|(?:fico|ficamos|estou|estamos|permane[cç]o) (?:[àa] disposi[cç][aã]o|no aguardo)|no aguardo|aguardo (?:o )?retorno|regards|best regards|kind regards|best|thanks|thank you|many thanks|cheers|sincerely|--)\s*[,.!]*(?:\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}?[\p{L}.'-]*){0,4})?\s*$/iu
/** Notices appended by mail servers: about the message itself, or the usual slogans. */
const NOTICE =
  /(?:(?:mensagem|e-?mail|message|comunica[cç][aã]o|informa[cç][oõ]es)\b.*\b(?:confidencia|privilegiad|sigilos|engano|intended|proibid|autorizad|legalmente)|(?:confidencia|privilegiad|sigilos)\w*\b.*\b(?:mensagem|e-?mail|message)\b|antes de imprimir|pense no meio ambiente|aviso legal|disclaimer)/i
/** Contact lines of a signature block. */
const CONTACT =
  /(?:[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:tel|telefone|fone|ramal|cel|celular|whatsapp|phone|mobile|fax)\b\.?\s*:?\s*[(+\d]|\(\d{2}\)\s?\d{4,5}-?\d{4}|\b\d{4,5}-\d{4}\b|\bwww\.)/i
/** Greetings at the start of the message, and the addressee that may follow them. */
const GREETING =
  /^\s*(?:(?:bom dia|boa tarde|boa noite|ol[aá]|oi|prezad[oa]s?|car[oa]s?|senhor(?:es|as?)?|sr\.?|sra\.?|hello|hi|hey|dear|good (?:morning|afternoon|evening)|greetings|tudo bem\??)(?!\p{L})[\s,!.:;-]*)+(?:(?:a |à |ao )?(?:equipe|time|todos|todas|colegas|suporte|atendimento|team|all|support)(?!\p{L})[\s,!.:;-]*)*/iu
/** Tokens that name one case, not a kind of problem (blanked before ranking). */
const NOISE: RegExp[] = [
  /\bhttps?:\/\/\S+/gi,
  /\b[\w.+-]+@[\w-]+\.[\w.-]+/g,
  // stack frames: "#0 /path(12): f()", "at f (file.js:1:2)"
  /^\s*#\d+\s.*$/gm,
  /^\s*at\s+\S+\s*\(.*:\d+(?::\d+)?\)\s*$/gm,
  /\bstack trace:?/gi,
  // paths: /var/www/x/y.php, C:\Users\x, ~/x/y, modulos/pen/rn/X.php; time zones (America/Sao_Paulo)
  /(?<![\w/])(?:[a-z]:|~)?[\\/](?:[\w.@~-]+[\\/])+[\w.@~-]*(?:\(\d+\))?/gi,
  /\b(?:[\w.-]+[\\/])+[\w-]+\.(?:php|js|ts|py|java|class|log|txt|xml|json|ini|conf|sh|html?|wsdl)\b(?:\(\d+\))?/gi,
  /\b[A-Z][a-z]+\/[A-Z][A-Za-z_]+\b/g,
  // timestamps and dates: 2024-03-12, 12/03/2024, 12-Mar-2024, 10:31:02, 10h31, T10:31:02.123Z
  /\b\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?\b/gi,
  /\b\d{1,2}([/-])(?:\d{1,2}|[a-z]{3})\1\d{2,4}\b/gi,
  /\b\d{1,2}\.\d{1,2}\.\d{4}\b/g,
  /\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\b/g,
  /\b\d{1,2}h\d{2}\b/gi,
  // hashes and long identifiers: hex, base64, uuids
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{12,}\b/gi,
  /\b(?=[\w+/]*\d)(?=[\w+/]*[a-z])(?=[\w+/]*[A-Z])[\w+/]{24,}={0,2}/g,
  // NUPs, NREs and other long numbers (phones, sizes, ids); IP addresses
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g,
  /\b\d+(?:[./-]\d+)*\b/g,
]
/** A number kept by the last NOISE rule: short codes and versions ("5", "500", "3.6.1"). */
const KEPT_NUMBER = /^(?:\d{1,4}|\d{1,3}(?:\.\d{1,3}){1,3})$/

/** Reads pasted text: what to rank, whether it was cut, and the NUP it names. */
export function readTicketText(input: string): TicketText {
  const truncated = input.length > MAX_QUERY_CHARS
  let text = truncated ? input.slice(0, MAX_QUERY_CHARS) : input
  const nup = findNup(text)
  let signature = ''
  if (text.includes('\n')) ({ body: text, signature } = dropMessageParts(text))
  text = blankNoise(text.replace(GREETING, ''))
  // Most queries have no signature: twenty patterns over an empty string are not free.
  signature = signature && blankNoise(signature).trim()
  if (!signature) return { text, truncated, nup, signatureAt: text.length }
  return { text: `${text}\n${signature}`, truncated, nup, signatureAt: text.length + 1 }
}

function blankNoise(text: string): string {
  for (const pattern of NOISE) {
    text = text.replace(pattern, (match) => (KEPT_NUMBER.test(match) ? match : ' '))
  }
  return text
}

function findNup(text: string): string | null {
  let first: string | null = null
  for (const match of text.matchAll(NUP)) {
    const check = validateNup(match[0])
    if (check.valid) return check.formatted
    first ??= check.formatted
  }
  return first
}

/**
 * The lines of the message that carry the problem (no quotes, notices, signature or contacts),
 * and the signature's lines that are not contacts or notices (names, roles, organisations).
 */
function dropMessageParts(text: string): { body: string; signature: string } {
  let lines = text.split(/\r?\n/)
  const quoteAt = lines.findIndex((line, i) => i > 0 && QUOTE_HEADER.test(line))
  if (quoteAt > 0) {
    const before = lines.slice(0, quoteAt)
    // A forwarded message with a line of its own: the problem is in the quoted part.
    if (wordCount(before) >= 6) lines = before
    else lines = [...before, ...lines.slice(quoteAt + 1).filter((l) => !QUOTE_FIELD.test(l))]
  }
  lines = lines.filter((line) => !/^\s*>/.test(line))
  const closing = lines.findIndex((line, i) => i > 0 && CLOSING.test(line))
  const keep = (part: string[]) =>
    part.filter((line) => !NOTICE.test(line) && !CONTACT.test(line)).join('\n')
  if (closing <= 0) return { body: keep(lines), signature: '' }
  const signature = lines.slice(closing + 1).filter((line) => line.trim())
  return {
    body: keep(lines.slice(0, closing)),
    signature: keep(signature.slice(0, SIGNATURE_LINES)),
  }
}

function wordCount(lines: string[]): number {
  return lines
    .join(' ')
    .split(/\s+/)
    .filter((w) => /\p{L}{2,}/u.test(w)).length
}
