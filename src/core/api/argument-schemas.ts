/** The schemas the contract's arguments are made of: ids, dates, texts, filters, settings. */
import { z } from 'zod'

/** Which template of a reply that holds several, from 0. */
export const REPLY_VARIANT = z.number().int().min(0).max(99)
/** An article's id: its path inside its knowledge root. */
export const ARTICLE_ID = z.string().min(1).max(1000)
/** A checklist step's key inside its article. */
export const STEP_KEY = z.string().min(1).max(200)
/** Values typed into a reply's fields, by field name. */
export const REPLY_VALUES = z.record(z.string().max(100), z.string().max(10_000))
/** A day or an ISO instant that exists. */
export const ISO_DATE = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'Use a data no formato AAAA-MM-DD.')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'Esta data não existe.')
/** A day, AAAA-MM-DD. */
export const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a data no formato AAAA-MM-DD.')
/** A name, a greeting: one line of text. */
export const SHORT_TEXT = z.string().max(500)
/** Notes and step notes. */
export const LONG_TEXT = z.string().max(100_000)

/** Search filters by product, kind and tier. */
export const SEARCH_FILTERS = z
  .object({
    product: z.array(z.string().max(40)).max(10).optional(),
    kind: z
      .array(z.enum(['script', 'faq', 'page']))
      .max(3)
      .optional(),
    tier: z.array(z.string().max(40)).max(10).optional(),
    includeSuperseded: z.boolean().optional(),
  })
  .strict()

/** The formats one ticket exports to, and the formats of a bulk export. */
export const TICKET_EXPORT_FORMAT = z.enum(['md', 'csv', 'json', 'html'])
export const BULK_EXPORT_FORMAT = z.enum(['csv', 'json'])

/** The settings an agent may change through the API (the whole file has more). */
export const SETTINGS_PATCH = z
  .object({
    language: z.enum(['pt-BR', 'en']).optional(),
    theme: z.enum(['light', 'dark', 'system']).optional(),
    agentName: SHORT_TEXT.optional(),
    signature: z.string().max(2000).optional(),
    greeting: SHORT_TEXT.optional(),
    closing: SHORT_TEXT.optional(),
    hotkey: z.string().max(100).optional(),
    lookupStartsWithClipboard: z.boolean().optional(),
    startAtLogin: z.boolean().optional(),
    closeToTray: z.boolean().optional(),
    teamEnabled: z.boolean().optional(),
    teamServer: z.string().max(2000).optional(),
    teamUser: z
      .string()
      .max(100)
      .regex(/^([a-z0-9][a-z0-9._@-]*)?$/i, 'Usuário: letras, dígitos e . _ @ -')
      .optional(),
    teamTier: z.enum(['N1', 'N2', 'N3']).optional(),
    teamAllowHttp: z.boolean().optional(),
  })
  .strict()
