/**
 * The bridge of the sandboxed renderer: `window.roteiro = { host, api, onEvent }` with exactly the
 * contract's methods; no generic invoke or send. Built as CommonJS (a sandboxed preload cannot be
 * an ES module) and it must not import anything but electron and zod-free core files.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_METHOD_NAMES, IPC_EVENT_CHANNEL, ipcChannel } from '../core/api/method-names'

// Each method resolves with the host's reply, `{ ok, result }` or `{ ok: false, error }`: an Error
// thrown across the context bridge keeps only its message, so the page's transport turns the
// error body into an ApiError itself (the same as the HTTP transport does).
const api: Record<string, (args?: unknown) => Promise<unknown>> = {}
for (const method of API_METHOD_NAMES)
  api[method] = (args?: unknown) => ipcRenderer.invoke(ipcChannel(method), args ?? {})

contextBridge.exposeInMainWorld('roteiro', {
  host: 'electron',
  api: Object.freeze(api),
  onEvent(listener: (event: unknown) => void): () => void {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler)
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler)
    }
  },
})
