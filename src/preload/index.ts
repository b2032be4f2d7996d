/**
 * The bridge of the sandboxed renderer: `window.roteiro = { host, api, onEvent }` with exactly the
 * contract's methods; no generic invoke or send. Built as CommonJS (a sandboxed preload cannot be
 * an ES module) and it must not import anything but electron and zod-free core files.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_METHOD_NAMES, IPC_EVENT_CHANNEL, ipcChannel } from '../core/api/method-names'

type Reply = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } }

const api: Record<string, (args?: unknown) => Promise<unknown>> = {}
for (const method of API_METHOD_NAMES) {
  api[method] = async (args?: unknown) => {
    const reply = (await ipcRenderer.invoke(ipcChannel(method), args ?? {})) as Reply
    if (reply.ok) return reply.result
    // The message is the JSON of ApiErrorBody, so the client can rebuild the code.
    throw new Error(JSON.stringify(reply.error))
  }
}

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
