/** IPC wiring of the contract: one handler per method on channel 'roteiro:<method>'. */
import { API_METHODS, type ApiErrorBody } from '../core/api/contract'
import { ipcChannel } from '../core/api/method-names'
import type { DispatchResult } from '../node/service/dispatch'
import type { FrameLike } from './policy'

export { IPC_EVENT_CHANNEL as EVENT_CHANNEL } from '../core/api/method-names'

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (
      event: { sender: { id: number }; senderFrame: FrameLike | null },
      args: unknown,
    ) => unknown,
  ): void
  removeHandler(channel: string): void
}

/** What crosses IPC; the page's transport turns `{ ok: false }` into an ApiError. */
export type IpcReply = DispatchResult

const FORBIDDEN: ApiErrorBody = {
  code: 'forbidden',
  message: 'Chamada recusada: origem não confiável.',
  params: { reason: 'untrusted-frame' },
}

/**
 * Registers one handler per contract method. Each checks the sender frame first, then
 * `dispatch` validates the arguments. Returns the function that removes the handlers.
 */
export function registerApiHandlers(
  ipcMain: IpcMainLike,
  deps: {
    dispatch: (method: string, args: unknown) => Promise<DispatchResult>
    isTrusted: (sender: { id: number }, frame: FrameLike | null) => boolean
  },
): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event, args): Promise<IpcReply> => {
      if (!deps.isTrusted(event.sender, event.senderFrame)) return { ok: false, error: FORBIDDEN }
      return deps.dispatch(method, args)
    })
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(ipcChannel(method))
  }
}
