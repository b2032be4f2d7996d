import { describe, expect, it, vi } from 'vitest'
import { writeReplyToClipboard } from './clipboard'

describe('clipboard', () => {
  it('writes text and HTML together as one item, or text alone', async () => {
    const clipboard = {
      write: vi.fn(async () => {}),
      writeText: vi.fn(async () => {}),
      readText: vi.fn(),
    }
    class Item {
      constructor(readonly items: Record<string, string>) {}
    }
    await writeReplyToClipboard(clipboard, Item, { text: 'a', html: '<p>a</p>' })
    expect(clipboard.write).toHaveBeenCalledWith([
      new Item({ 'text/plain': 'a', 'text/html': '<p>a</p>' }),
    ])
    await writeReplyToClipboard(clipboard, Item, { text: 'b', html: null })
    expect(clipboard.writeText).toHaveBeenCalledWith('b')
  })
})
