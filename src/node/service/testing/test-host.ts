import type { HostInfo } from '../../../core/api/types'

/** The host the service tests run as: the browser mode, without clipboard, dialogs or lookup. */
export const TEST_HOST: HostInfo = {
  kind: 'browser',
  version: '0.0.0-test',
  writesClipboard: false,
  nativeDialogs: false,
  lookupWindow: false,
}
