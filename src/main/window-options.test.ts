import { describe, expect, it } from 'vitest'
import {
  lookupWindowOptions,
  mainWindowOptions,
  placeMainWindow,
  secureWebPreferences,
} from './window-options'

const DISPLAY = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
const RIGHT = { workArea: { x: 1920, y: 0, width: 1280, height: 1000 } }

describe('window options', () => {
  it('every window is isolated, sandboxed and without Node', () => {
    const main = mainWindowOptions({ saved: null, displays: [DISPLAY], preload: '/p.cjs' })
    const lookup = lookupWindowOptions({ displays: [DISPLAY], preload: '/p.cjs' })
    for (const prefs of [main.webPreferences, lookup.webPreferences, secureWebPreferences(null)]) {
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        allowRunningInsecureContent: false,
      })
    }
    expect(main.show).toBe(false)
  })

  it('the lookup window is small, frameless, on top, out of the taskbar and hidden', () => {
    const o = lookupWindowOptions({ displays: [DISPLAY], preload: '/p.cjs' })
    expect(o).toMatchObject({ frame: false, alwaysOnTop: true, skipTaskbar: true, show: false })
    expect(o.width).toBeLessThanOrEqual(800)
  })

  it('the main window comes back where it was when that display still exists', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1000, height: 700 }, maximized: false }
    expect(placeMainWindow(saved, [DISPLAY, RIGHT])).toEqual(saved.bounds)
  })

  it('a window left on an unplugged display comes back on a visible one', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1000, height: 700 }, maximized: false }
    const placed = placeMainWindow(saved, [DISPLAY])
    expect(placed.x).toBeGreaterThanOrEqual(0)
    expect(placed.x + placed.width).toBeLessThanOrEqual(1920)
    expect(placed.width).toBe(1000)
  })

  it('clamps a window hanging off the edge and ignores garbage', () => {
    const saved = { bounds: { x: 1700, y: -5, width: 800, height: 600 }, maximized: false }
    const placed = placeMainWindow(saved, [DISPLAY])
    expect(placed.x + placed.width).toBeLessThanOrEqual(1920)
    expect(placed.y).toBe(0)
    const bad = { bounds: { x: NaN, y: 0, width: -1, height: 0 }, maximized: false }
    expect(placeMainWindow(bad, [DISPLAY]).width).toBe(1100)
  })
})
