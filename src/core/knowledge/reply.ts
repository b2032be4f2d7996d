import type { ArticleSection, ReplyTemplate } from './types'
import { foldText } from '../text/fold'
import { findReplyFields, placeholderTokens } from './reply-fields'
import { textParts } from './text-parts'
import { splitReplyVariants } from './reply-variants'

const STUB = /respostas? em construcao/u

/** True when a reply text is the knowledge base's stub ("… Respostas em Construção."). */
export function isStubReply(text: string): boolean {
  return STUB.test(foldText(text))
}

/** The reply template of an article from its reply section: status, text and fill-in fields. */
export function readReply(section: ArticleSection | null): ReplyTemplate {
  if (!section || !section.text.trim()) {
    return {
      status: 'missing',
      blocks: section?.blocks ?? [],
      text: section?.text ?? '',
      placeholders: [],
      fields: [],
      variants: [],
    }
  }
  const stub = isStubReply(section.text)
  // A stub's "(Indicar como o atendente deverá responder…)" is guidance, not a blank to fill.
  const fields = stub ? [] : findReplyFields(textParts(section.blocks))
  return {
    status: stub ? 'placeholder' : 'ready',
    blocks: section.blocks,
    text: section.text,
    placeholders: placeholderTokens(fields),
    fields,
    variants: stub ? [] : splitReplyVariants(section.blocks, section.line),
  }
}
