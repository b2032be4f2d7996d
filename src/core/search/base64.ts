/**
 * Base64 for typed arrays in the serialized index. Uses the host's native codec where there is
 * one (Node's Buffer: ~1 GB/s); otherwise atob/btoa. Core stays free of node:* imports.
 */

interface BufferLike {
  from(data: string, encoding: 'base64'): Uint8Array
  from(data: ArrayBuffer, offset: number, length: number): { toString(encoding: 'base64'): string }
}
const host = globalThis as unknown as {
  Buffer?: BufferLike
  atob?: (s: string) => string
  btoa?: (s: string) => string
}

/** Encodes the bytes of a typed array as base64. */
export function toBase64(view: ArrayBufferView): string {
  if (host.Buffer) {
    return host.Buffer.from(view.buffer as ArrayBuffer, view.byteOffset, view.byteLength).toString(
      'base64',
    )
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
  let binary = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return host.btoa!(binary)
}

/** Decodes base64 into a fresh, aligned ArrayBuffer. */
export function fromBase64(text: string): ArrayBuffer {
  if (host.Buffer) {
    const bytes = host.Buffer.from(text, 'base64')
    // Typed array views need an aligned offset; small Buffers come from a shared pool.
    const copy = new Uint8Array(bytes.byteLength)
    copy.set(bytes)
    return copy.buffer
  }
  const binary = host.atob!(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes.buffer
}
