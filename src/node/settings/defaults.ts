import { z } from 'zod'
import type { Settings } from '../../core/api/types'

/**
 * Default global hotkey. Ctrl+Alt+K (Cmd+Option+K on macOS) is free in the stock desktops agents
 * use: Windows (not an AltGr character on the ABNT2 or US-International layouts, unlike
 * Ctrl+Alt+Q/E/W), GNOME/KDE (no default binding) and macOS (no system binding; only Firefox's
 * web console uses it, and a failed registration is reported, never silent). Ctrl+Shift+Space was
 * rejected because Word uses it for a non-breaking space, Ctrl+Alt+Space / Cmd+Option+Space
 * because macOS binds it to the Finder search window.
 */
export const DEFAULT_HOTKEY = 'CommandOrControl+Alt+K'

export const DEFAULT_SETTINGS: Settings = {
  language: 'pt-BR',
  theme: 'system',
  agentName: '',
  signature: '',
  greeting: 'Prezado(a)',
  closing: 'Atenciosamente,',
  hotkey: DEFAULT_HOTKEY,
  lookupStartsWithClipboard: false,
  startAtLogin: false,
  closeToTray: true,
  knowledgeRoots: [],
  teamEnabled: false,
  teamServer: '',
  teamUser: '',
  teamTier: 'N1',
  teamAllowHttp: false,
}

/** Schema of the whole settings file (the API's SETTINGS_PATCH covers the editable subset). */
export const SETTINGS_SCHEMA = z.object({
  language: z.enum(['pt-BR', 'en']),
  theme: z.enum(['light', 'dark', 'system']),
  agentName: z.string().max(500),
  signature: z.string().max(2000),
  greeting: z.string().max(500),
  closing: z.string().max(500),
  hotkey: z.string().max(100),
  lookupStartsWithClipboard: z.boolean(),
  startAtLogin: z.boolean(),
  closeToTray: z.boolean(),
  knowledgeRoots: z.array(z.string().min(1).max(4000)).max(50),
  teamEnabled: z.boolean(),
  teamServer: z.string().max(2000),
  teamUser: z.string().max(100),
  teamTier: z.enum(['N1', 'N2', 'N3']),
  teamAllowHttp: z.boolean(),
})

export type SettingsKey = keyof Settings
