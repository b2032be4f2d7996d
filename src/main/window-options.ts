/**
 * Window options as pure functions over plain data (saved bounds, displays), so the security flags
 * and the placement rules are unit-tested without Electron.
 */

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface DisplayLike {
  workArea: Rect
}

export interface SavedWindowState {
  bounds: Rect
  maximized: boolean
}

/** Security flags every window of the app gets. */
export function secureWebPreferences(preload: string | null) {
  return {
    ...(preload ? { preload } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const
}

export const MAIN_DEFAULT_SIZE = { width: 1100, height: 760 }
export const MAIN_MIN_SIZE = { width: 640, height: 480 }
export const LOOKUP_SIZE = { width: 640, height: 420 }

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

function centeredIn(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  }
}

/**
 * Where the main window goes: the saved bounds when enough of the title bar area is on a display
 * today (a monitor may have been unplugged since), clamped to that display; else centred on the
 * primary display (the first one given).
 */
export function placeMainWindow(saved: SavedWindowState | null, displays: DisplayLike[]): Rect {
  const primary = displays[0]?.workArea ?? { x: 0, y: 0, width: 1280, height: 800 }
  if (!saved || !validRect(saved.bounds)) return centeredIn(primary, MAIN_DEFAULT_SIZE)
  const b = saved.bounds
  // The top strip is what a person drags: at least 100×30 px of it must be visible.
  const titleStrip = { x: b.x, y: b.y, width: b.width, height: Math.min(30, b.height) }
  const best = displays
    .map((d) => ({ area: d.workArea, visible: overlap(titleStrip, d.workArea) }))
    .sort((p, q) => q.visible - p.visible)[0]
  if (!best || best.visible < 100 * Math.min(30, b.height)) return centeredIn(primary, b)
  const area = best.area
  const width = Math.max(MAIN_MIN_SIZE.width, Math.min(b.width, area.width))
  const height = Math.max(MAIN_MIN_SIZE.height, Math.min(b.height, area.height))
  return {
    x: Math.min(Math.max(b.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(b.y, area.y), area.y + area.height - height),
    width,
    height,
  }
}

function validRect(r: Rect | undefined): r is Rect {
  return (
    !!r &&
    [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    r.width > 0 &&
    r.height > 0
  )
}

/** Options of the main window. */
export function mainWindowOptions(input: {
  saved: SavedWindowState | null
  displays: DisplayLike[]
  preload: string
  icon?: string
}) {
  return {
    ...placeMainWindow(input.saved, input.displays),
    minWidth: MAIN_MIN_SIZE.width,
    minHeight: MAIN_MIN_SIZE.height,
    show: false,
    title: 'Roteiro',
    ...(input.icon ? { icon: input.icon } : {}),
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(input.preload),
  }
}

/** Options of the lookup window: small, frameless, on top, out of the taskbar, hidden at start. */
export function lookupWindowOptions(input: { displays: DisplayLike[]; preload: string }) {
  const area = input.displays[0]?.workArea ?? { x: 0, y: 0, width: 1280, height: 800 }
  const place = centeredIn(area, LOOKUP_SIZE)
  return {
    ...place,
    // A third of the way down, like launchers: the eye finds it where it types.
    y: Math.round(area.y + (area.height - place.height) / 3),
    frame: false,
    resizable: false,
    movable: true,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    show: false,
    title: 'Roteiro — consulta',
    webPreferences: secureWebPreferences(input.preload),
  }
}

/** Options of the hidden window that renders an HTML export to PDF: no preload, no scripts. */
export function pdfWindowOptions() {
  return {
    show: false,
    width: 800,
    height: 1100,
    webPreferences: { ...secureWebPreferences(null), javascript: false },
  }
}
