import { reactive } from 'vue'

export type View = 'search' | 'tickets' | 'settings' | 'lookup' | 'team'

export interface Route {
  view: View
  articleId: string | null
}

/** Reads the route from the URL: #/lookup or ?view=lookup, #/tickets, #/settings, #/team, #/article/<id>. */
export function parseRoute(hash: string, search: string): Route {
  if (new URLSearchParams(search).get('view') === 'lookup')
    return { view: 'lookup', articleId: null }
  const path = hash.replace(/^#\/?/, '')
  if (path === 'lookup') return { view: 'lookup', articleId: null }
  if (path === 'tickets') return { view: 'tickets', articleId: null }
  if (path === 'settings') return { view: 'settings', articleId: null }
  if (path === 'team') return { view: 'team', articleId: null }
  const article = /^article\/(.+)$/.exec(path)
  if (article) return { view: 'search', articleId: decodeURIComponent(article[1]) }
  return { view: 'search', articleId: null }
}

/** Builds the hash of a route. */
export function routeHash(route: Route): string {
  if (route.view === 'search')
    return route.articleId ? `#/article/${encodeURIComponent(route.articleId)}` : '#/'
  return `#/${route.view}`
}

// A hash route is all this app needs (four screens, no nesting): smaller than a router library.
const state = reactive<Route>({ view: 'search', articleId: null })
let started = false

/** The current route, kept in sync with location.hash. */
export function useRoute(): { route: Route; go: (route: Partial<Route> & { view: View }) => void } {
  if (!started && typeof window !== 'undefined') {
    started = true
    const sync = () =>
      Object.assign(state, parseRoute(window.location.hash, window.location.search))
    sync()
    window.addEventListener('hashchange', sync)
  }
  const go = (next: Partial<Route> & { view: View }) => {
    const route = { view: next.view, articleId: next.articleId ?? null }
    Object.assign(state, route)
    const hash = routeHash(route)
    if (window.location.hash !== hash) window.location.hash = hash
  }
  return { route: state, go }
}
