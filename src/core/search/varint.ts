/**
 * Unsigned LEB128 varints in a byte stream: seven bits a byte, high bit set when more follow.
 * Offsets and lengths in the forward index are nearly all under 128, so each costs one byte.
 */

/** Appends `value` (an unsigned integer) to `out`. */
export function writeVarint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80)
    value = Math.floor(value / 0x80)
  }
  out.push(value)
}

/** Reads varints one after another from `bytes`, starting at `at`. */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    private at: number,
  ) {}

  /** Where the next varint starts. */
  get position(): number {
    return this.at
  }

  next(): number {
    let value = 0
    let scale = 1
    let byte: number
    do {
      byte = this.bytes[this.at++]
      value += (byte & 0x7f) * scale
      scale *= 0x80
    } while (byte & 0x80)
    return value
  }
}

/** Maps a signed integer to an unsigned one (0, -1, 1, -2… → 0, 1, 2, 3…) for writeVarint. */
export function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1
}

/** The inverse of zigzag. */
export function unzigzag(n: number): number {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2
}
