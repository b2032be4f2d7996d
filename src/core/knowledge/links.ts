/**
 * How an article's links and images are addressed: the rules every renderer of `Block[]` (the
 * UI, hosts that serve images) uses, so none writes its own.
 */
import { wikiUrlToPath } from './references'

/**
 * The path, relative to the knowledge root, of an image an article refers to: resolved from the
 * article's folder, or from the root when it starts with "/" (as Sphinx does). Null for URLs and
 * for paths that would leave the root. Existence and symbolic links are the host's to check.
 */
export function knowledgeImagePath(articlePath: string, uri: string): string | null {
  if (!uri || /^[a-z][a-z0-9+.-]*:/iu.test(uri) || uri.includes('\0')) return null
  let decoded = uri
  try {
    decoded = decodeURIComponent(uri)
  } catch {
    // keep the URI as written
  }
  const parts = decoded.startsWith('/') ? [] : articlePath.split('/').slice(0, -1)
  for (const part of decoded.split(/[/\\]/u)) {
    if (!part || part === '.') continue
    if (part === '..') {
      if (!parts.length) return null
      parts.pop()
    } else parts.push(part)
  }
  return parts.length ? parts.join('/') : null
}

/** True for a link to a page of the published wiki (it may open the local copy instead). */
export function isWikiUrl(url: string): boolean {
  return wikiUrlToPath(url) !== null
}
