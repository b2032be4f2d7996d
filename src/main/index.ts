/**
 * Electron main process: the only module (with the preload) that imports electron. Every decision
 * lives in the small pure modules beside it; this file only connects them to Electron.
 */
import {
  app,
  BrowserWindow,
  clipboard,
  ClipboardItem,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  protocol,
  screen,
  session,
  shell,
  Tray,
} from 'electron'
import { join } from 'node:path'
import type { ApiEvent } from '../core/api/contract'
import { BUNDLED_KNOWLEDGE_DIR, defaultDataDir } from '../node/paths'
import { createRoteiroService, dispatch, isSafeExternalUrl } from '../node/service'
import { createSettingsStore, describeRecovery } from '../node/settings'
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import { createHotkeyManager } from './hotkey'
import { desktopHooks } from './host-hooks'
import { EVENT_CHANNEL, registerApiHandlers } from './ipc'
import { createLookupController, type WindowLike } from './lookup'
import {
  APP_SCHEME,
  denyAllPermissions,
  guardWebContents,
  isAllowedRequestUrl,
  isTrustedSender,
  UI_ORIGIN,
} from './policy'
import { shouldHideOnClose, trayTemplate } from './tray-menu'
import { lookupWindowOptions, mainWindowOptions, pdfWindowOptions } from './window-options'
import { loadWindowState, saveWindowState } from './window-state'

const DATA_DIR = defaultDataDir()
// The CLI, the browser mode and the app share one data folder (ROTEIRO_DATA_DIR overrides it).
app.setPath('userData', DATA_DIR)
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

const PRELOAD = join(import.meta.dirname, '../preload/index.cjs')
const UI_DIR = join(import.meta.dirname, '../renderer')
const RESOURCES = app.isPackaged
  ? process.resourcesPath
  : join(import.meta.dirname, '../../resources')
// Emitted beside this bundle by the main build (electron.vite.config.ts); chunks live elsewhere,
// so the service is told where it is rather than resolving it from its own module.
const SEARCH_WORKER_URL = new URL('./search-worker.js', import.meta.url)
const BUNDLED = app.isPackaged ? join(process.resourcesPath, 'knowledge') : BUNDLED_KNOWLEDGE_DIR

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void start()
}

async function start(): Promise<void> {
  let mainWindow: BrowserWindow | null = null
  let lookupWindow: BrowserWindow | null = null
  let tray: Tray | null = null
  let quitting = false
  const windowIds = new Set<number>()

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => void shell.openExternal(url))
  })
  app.on('before-quit', () => {
    quitting = true
  })

  await app.whenReady()

  denyAllPermissions(session.defaultSession)
  session.defaultSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequestUrl(details.url) }),
  )

  const settings = createSettingsStore({ dataDir: DATA_DIR })
  const reset = describeRecovery(settings.recovery, settings.get().language)
  if (reset) console.warn(`[roteiro] ${reset}`)

  const send = (win: WindowLike, event: ApiEvent) => {
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event)
  }
  const createMain = (): BrowserWindow => {
    const win = new BrowserWindow(
      mainWindowOptions({
        saved: loadWindowState(DATA_DIR),
        displays: screen.getAllDisplays(),
        preload: PRELOAD,
        icon: join(RESOURCES, 'icon.png'),
      }),
    )
    windowIds.add(win.webContents.id)
    win.once('ready-to-show', () => {
      if (!process.argv.includes('--hidden')) win.show()
    })
    win.on('close', (event) => {
      saveWindowState(DATA_DIR, { bounds: win.getNormalBounds(), maximized: win.isMaximized() })
      const closeToTray = settings.get().closeToTray
      if (shouldHideOnClose({ closeToTray, quitting, hasTray: tray !== null })) {
        event.preventDefault()
        win.hide()
      }
    })
    win.on('closed', () => {
      mainWindow = null
      // Not hidden to the tray: closing the main window ends the app (the lookup goes with it).
      if (!quitting) app.quit()
    })
    void win.loadURL(`${UI_ORIGIN}/index.html`)
    return win
  }
  const ensureMain = (): BrowserWindow => {
    if (!mainWindow || mainWindow.isDestroyed()) mainWindow = createMain()
    return mainWindow
  }

  mainWindow = createMain()
  lookupWindow = new BrowserWindow(
    lookupWindowOptions({ displays: screen.getAllDisplays(), preload: PRELOAD }),
  )
  windowIds.add(lookupWindow.webContents.id)
  lookupWindow.on('blur', () => lookupWindow?.hide())
  lookupWindow.on('close', (event) => {
    if (!quitting) {
      event.preventDefault()
      lookupWindow?.hide()
    }
  })
  void lookupWindow.loadURL(`${UI_ORIGIN}/index.html?window=lookup`)

  const lookup = createLookupController({
    lookup: () => lookupWindow,
    main: ensureMain,
    readClipboardText: () => clipboard.readText(),
    startsWithClipboard: () => settings.get().lookupStartsWithClipboard,
    send,
  })
  app.on('second-instance', () => lookup.showMain())
  const hotkey = createHotkeyManager(globalShortcut, () => void lookup.toggle())

  const service = await createRoteiroService({
    knowledgeDirs: [BUNDLED],
    bundledDir: BUNDLED,
    dataDir: DATA_DIR,
    searchWorkerUrl: SEARCH_WORKER_URL,
    settings,
    host: {
      kind: 'electron',
      version: app.getVersion(),
      writesClipboard: true,
      nativeDialogs: true,
      lookupWindow: true,
    },
    hooks: desktopHooks({
      clipboard,
      ClipboardItem,
      dialog: {
        showSaveDialog: (o) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, o) : dialog.showSaveDialog(o),
        showOpenDialog: (o) =>
          mainWindow
            ? dialog.showOpenDialog(mainWindow, o as Electron.OpenDialogOptions)
            : dialog.showOpenDialog(o as Electron.OpenDialogOptions),
      },
      documentsDir: () => app.getPath('documents'),
      createPdfWindow: () => new BrowserWindow(pdfWindowOptions()),
      openExternal: (url) =>
        isSafeExternalUrl(url) ? shell.openExternal(url) : Promise.reject(new Error('unsafe url')),
      lookup,
      hotkey,
    }),
  })

  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ uiDir: UI_DIR, roots: () => service.knowledgeRoots() }),
  )
  registerApiHandlers(ipcMain, {
    dispatch: (method, args) => dispatch(service.api, method, args),
    isTrusted: (sender, frame) => isTrustedSender(sender, frame, windowIds),
  })
  service.events((event) => {
    for (const win of BrowserWindow.getAllWindows())
      if (windowIds.has(win.webContents.id)) send(win, event)
  })

  const refreshTray = async () => {
    if (!tray) return
    const s = settings.get()
    const open = await service.api.listTickets({ status: 'open' }).catch(() => [])
    const latest = open[0] // listTickets puts the most recently changed first
    const status = hotkey.status()
    tray.setContextMenu(
      Menu.buildFromTemplate(
        trayTemplate({
          language: s.language,
          hotkey: status.registered ? status.accelerator : null,
          activeTicket: latest?.number ?? null,
          actions: {
            open: () => lookup.showMain(),
            lookup: () => void lookup.toggle(),
            openTicket: () => lookup.showMain(),
            quit: () => app.quit(),
          },
        }),
      ),
    )
  }
  const applySettings = () => {
    const s = settings.get()
    const status = hotkey.apply(s.hotkey)
    if (status.error) console.warn(`[roteiro] ${status.error}`)
    if (app.isPackaged)
      app.setLoginItemSettings({ openAtLogin: s.startAtLogin, args: ['--hidden'] })
    void refreshTray()
  }

  try {
    tray = new Tray(nativeImage.createFromPath(join(RESOURCES, 'tray.png')))
    tray.setToolTip('Roteiro')
    tray.on('click', () => lookup.showMain())
  } catch (error) {
    // Some Linux desktops have no tray: closing the window then quits (shouldHideOnClose).
    console.warn('[roteiro] no tray available:', error)
    tray = null
  }
  applySettings()
  settings.onChange(applySettings)
  service.events((event) => {
    if (event.type === 'tickets-changed') void refreshTray()
  })

  app.on('activate', () => lookup.showMain())
  app.on('window-all-closed', () => {
    if (!tray || !settings.get().closeToTray) app.quit()
  })
  // Quit only after the service has stopped its worker and finished any write in flight.
  let closed = false
  app.on('will-quit', (event) => {
    hotkey.dispose()
    globalShortcut.unregisterAll()
    if (closed) return
    event.preventDefault()
    void service
      .close()
      .catch((error: unknown) => console.error('roteiro: closing the service failed', error))
      .finally(() => {
        closed = true
        app.quit()
      })
  })
}
