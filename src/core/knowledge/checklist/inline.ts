/** Plain text of an article's inlines, and what a plain text is when it is not prose (code). */
import type { Inline } from '../../rst/types'
import type { StepLink } from '../types'
import { tidySpaces } from '../../text/fold'

/** Plain text of inlines without URLs (links keep their label; URLs go to the step's links). */
export function plainInline(nodes: Inline[], links: StepLink[] = []): string {
  let out = ''
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
      case 'literal':
        out += n.value
        break
      case 'role':
        out += n.value
        break
      case 'strong':
      case 'emphasis':
      case 'reference':
        out += plainInline(n.children, links)
        break
      case 'link': {
        const label = plainInline(n.children, links)
        if (n.url) links.push({ label: tidySpaces(label) || n.url, url: n.url })
        out += /^https?:\/\//u.test(label) ? '' : label
        break
      }
      case 'footnote_ref':
        // The footnote's own sentences follow as steps; the mark would only glue to the word.
        break
      case 'substitution':
        break
    }
  }
  return out
}

/** Words of a text that hold a letter (numbers and marks do not count). */
export const wordCount = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length
const BARE_URL = /\bhttps?:\/\/\S+/gu
// SQL and shell pasted as plain paragraphs.
const CODE_START =
  /^\s*(update|select|insert|delete|set|start transaction|commit|rollback|alter|create|drop|grant|curl|sudo|php|cd|ls|cat|ps|grep|kill|nohup|systemctl|service|yum|apt|apt-get|mysql|psql|sqlplus|docker|chmod|chown|export|crontab|tail|wget|pecl|pear|pip|npm|composer|git|supervisorctl|mv|cp|rm|mkdir|tar|unzip|openssl|keytool|apachectl|\/\w|\w+=|--|#!)\b/iu
// A log line pasted as text: terminal colour codes or a timestamp first.
const LOG_LINE = /^(\[\d+(;\d+)*m|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2})/u
const CODE_LINE = /[;{}=<>]|::|\w+\(\)/u

/** True for SQL or shell pasted as a paragraph: the detail of a step, not one. */
export function looksLikeCode(text: string): boolean {
  const t = text.trim()
  if (LOG_LINE.test(t)) return true
  return CODE_START.test(t) && (CODE_LINE.test(t) || wordCount(t) <= 6)
}

/** True when a paragraph is all bold: a heading written as text. */
export function isWholeStrong(nodes: Inline[]): boolean {
  const meaningful = nodes.filter((n) => !(n.type === 'text' && !n.value.trim()))
  return meaningful.length > 0 && meaningful.every((n) => n.type === 'strong')
}

/** Moves bare URLs out of a text into its links. */
export function bareLinks(text: string, links: StepLink[]): string {
  return text.replace(BARE_URL, (url) => {
    links.push({ label: url, url: url.replace(/[.,;)]+$/u, '') })
    return ''
  })
}
