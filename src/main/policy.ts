/** Navigation, permission and IPC-sender rules of the desktop app, over Electron-like objects. */
import { isSafeExternalUrl } from '../node/service/url-policy'

export const APP_SCHEME = 'app'
export const UI_ORIGIN = 'app://ui'

/** True for the app's own UI pages (app://ui/...). */
export function isAppUiUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'app:' && url.host === 'ui'
  } catch {
    return false
  }
}

export interface NavigationEventLike {
  preventDefault(): void
}

export interface WebContentsLike {
  id: number
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (e: NavigationEventLike, url: string) => void,
  ): unknown
  on(event: 'will-attach-webview', listener: (e: NavigationEventLike) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

/**
 * Nothing navigates away from the app and no window opens; a link to a validated http(s) or
 * mailto URL is handed to the operating system instead (the agent clicked it on purpose).
 */
export function guardWebContents(
  contents: WebContentsLike,
  openExternal: (url: string) => void,
): void {
  const external = (url: string) => {
    if (isSafeExternalUrl(url)) openExternal(url)
  }
  contents.on('will-navigate', (event, url) => {
    if (isAppUiUrl(url)) return
    event.preventDefault()
    external(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUiUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    external(url)
    return { action: 'deny' }
  })
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void
}

/** Every permission (camera, notifications, clipboard-read, …) is refused. */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

export interface FrameLike {
  url: string
  parent: unknown
}

/**
 * An IPC call is trusted only from the top frame of one of our windows showing app://ui.
 * `windowIds` are the webContents ids of the main and lookup windows.
 */
export function isTrustedSender(
  sender: { id: number } | null | undefined,
  frame: FrameLike | null | undefined,
  windowIds: ReadonlySet<number>,
): boolean {
  if (!sender || !frame) return false
  if (!windowIds.has(sender.id)) return false
  if (frame.parent) return false
  return isAppUiUrl(frame.url)
}

/** Requests a window may make: the app's own scheme and inline data (nothing remote). */
export function isAllowedRequestUrl(raw: string): boolean {
  return /^(app|data|devtools):/i.test(raw)
}
