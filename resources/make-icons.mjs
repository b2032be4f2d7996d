// Writes the app icons (no downloads, no image tools): icon.png 512², tray.png 32², icon.ico
// (PNG-compressed entries 16–256). electron-builder derives the macOS .icns from icon.png.
// Design: a teal rounded square with a white check mark ("step done").
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - ax - t * dx, py - ay - t * dy)
}

/** RGBA pixel of the icon at unit coordinates (u, v in 0..1). */
function pixel(u, v) {
  const r = 0.2
  const cx = Math.min(Math.max(u, r), 1 - r)
  const cy = Math.min(Math.max(v, r), 1 - r)
  const outside = Math.hypot(u - cx, v - cy) - r
  if (outside > 0) return [0, 0, 0, 0]
  const tick = Math.min(
    distToSegment(u, v, 0.26, 0.53, 0.43, 0.7),
    distToSegment(u, v, 0.43, 0.7, 0.76, 0.32),
  )
  if (tick < 0.065) return [255, 255, 255, 255]
  return [0, 121, 107, 255]
}

function png(size) {
  const rows = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4)
    for (let x = 0; x < size; x++) {
      // 4× supersampling for smooth edges.
      const acc = [0, 0, 0, 0]
      for (let sy = 0; sy < 2; sy++)
        for (let sx = 0; sx < 2; sx++) {
          const p = pixel((x + (sx + 0.5) / 2) / size, (y + (sy + 0.5) / 2) / size)
          for (let i = 0; i < 4; i++) acc[i] += p[i] / 4
        }
      acc.forEach((value, i) => (row[1 + x * 4 + i] = Math.round(value)))
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function ico(sizes) {
  const images = sizes.map((s) => png(s))
  const head = Buffer.alloc(6 + 16 * sizes.length)
  head.writeUInt16LE(0, 0)
  head.writeUInt16LE(1, 2)
  head.writeUInt16LE(sizes.length, 4)
  let offset = head.length
  sizes.forEach((s, i) => {
    const e = 6 + 16 * i
    head[e] = s >= 256 ? 0 : s
    head[e + 1] = s >= 256 ? 0 : s
    head.writeUInt16LE(1, e + 4)
    head.writeUInt16LE(32, e + 6)
    head.writeUInt32LE(images[i].length, e + 8)
    head.writeUInt32LE(offset, e + 12)
    offset += images[i].length
  })
  return Buffer.concat([head, ...images])
}

const dir = import.meta.dirname
writeFileSync(join(dir, 'icon.png'), png(512))
writeFileSync(join(dir, 'tray.png'), png(32))
writeFileSync(join(dir, 'tray@2x.png'), png(64))
writeFileSync(join(dir, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]))
console.log('icons written to', dir)
