/**
 * Turning knowledge-file bytes into normalized text. Core code has no DOM/Node types, so
 * TextDecoder is reached through globalThis.
 */

type Decoder = { decode(input: Uint8Array): string }
type DecoderCtor = new (label: string, opts?: { fatal?: boolean }) => Decoder

const TEXT_DECODER = (globalThis as unknown as { TextDecoder: DecoderCtor }).TextDecoder

/** Default ceiling for one knowledge file: larger files are refused, not parsed. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024

/** Share of control characters (other than tab, LF, CR, FF) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.1

/**
 * Windows-1252 code points for bytes 0x80–0x9F (the rest of the code page is Latin-1).
 * The five undefined bytes keep their C1 code point, as the WHATWG decoder does.
 */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
]

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' }
  | { ok: false; reason: 'binary' | 'oversized'; message: string }

/** Decodes a knowledge file: UTF-8 (BOM or not), else Windows-1252; LF line ends, NFC. */
export function decodeKnowledgeBytes(
  bytes: Uint8Array,
  opts: { maxBytes?: number } = {},
): DecodeResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      reason: 'oversized',
      message: `file has ${bytes.length} bytes, more than the limit of ${maxBytes}`,
    }
  }
  if (looksBinary(bytes)) {
    return { ok: false, reason: 'binary', message: 'file holds binary data, not text' }
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = hasBom ? bytes.subarray(3) : bytes
  let text: string
  let encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252'
  try {
    text = new TEXT_DECODER('utf-8', { fatal: true }).decode(body)
    encoding = hasBom ? 'utf-8-bom' : 'utf-8'
  } catch {
    text = decodeWindows1252(bytes)
    encoding = 'windows-1252'
  }
  return { ok: true, text: normalizeNewlines(text).normalize('NFC'), encoding }
}

/** Decodes bytes as Windows-1252. */
export function decodeWindows1252(bytes: Uint8Array): string {
  // Chunked String.fromCharCode keeps this linear without one call per byte on large files.
  const CHUNK = 8192
  const parts: string[] = []
  const codes = new Array<number>(Math.min(CHUNK, bytes.length))
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length)
    codes.length = end - start
    for (let i = start; i < end; i++) {
      const b = bytes[i]
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b
    }
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}

/** CRLF and lone CR become LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/** Trims whitespace including NO-BREAK and NARROW NO-BREAK SPACE, and NFC-normalizes. */
export function normalizeHeading(s: string): string {
  // String.prototype.trim covers U+00A0 and U+202F (both are Unicode White_Space), plus BOM.
  return s.normalize('NFC').trim()
}

function looksBinary(bytes: Uint8Array): boolean {
  let control = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++
  }
  return bytes.length > 0 && control / bytes.length > MAX_CONTROL_SHARE
}
