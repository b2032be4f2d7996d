/** The article model: reading articles from the reader's tree and building a knowledge base. */
export { readArticles, type ArticleFile } from './read-articles'
export {
  buildKnowledgeBase,
  applyKnowledgeChanges,
  linkKnowledgeBase,
  readKnowledgeFile,
  type BuildOptions,
  type KnowledgeFileChange,
  type KnowledgeFileResult,
} from './build'
export { resolveWikiUrl } from './wiki'
export { wikiUrlToPath } from './references'
export { parseTitle, type ParsedTitle } from './title'
export { headingRole } from './roles'
export { splitKeywords } from './keywords'
export { findReplyFields, placeholderTokens } from './reply-fields'
export { isStubReply, readReply } from './reply'
export { readChecklist } from './checklist'
export { productOf, isFaqPath, isSupersededPath } from './kinds'
export { textKey, articleId } from './ids'
export { foldText } from './fold'
export { titleKey } from './versions'
export type * from './types'
