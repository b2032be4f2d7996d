import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseRst, renderHtml, renderText } from './index'

/** Generous per-input bound: these inputs are quadratic or worse in a backtracking reader. */
const BOUND_MS = 1000
const MB = 1024 * 1024

/**
 * CPU time (not wall time) of parse + both renderers: the test machine is shared, and a busy
 * scheduler must not fail a linear-time check.
 */
function timed(src: string): { ms: number; html: string; text: string } {
  const t0 = process.cpuUsage()
  const doc = parseRst(src)
  const html = renderHtml(doc.children)
  const text = renderText(doc.children)
  const d = process.cpuUsage(t0)
  return { ms: (d.user + d.system) / 1000, html, text }
}

const PATHOLOGICAL: [string, () => string][] = [
  ['a megabyte of unmatched backticks', () => '`'.repeat(MB)],
  ['a megabyte of backtick-word pairs', () => '`a '.repeat(MB / 3)],
  ['a megabyte of asterisks', () => '*'.repeat(MB)],
  ['a megabyte of "*a "', () => '*a '.repeat(MB / 3)],
  ['a megabyte of angle brackets', () => '<'.repeat(MB)],
  ['a megabyte of `x <`', () => '`x <'.repeat(MB / 4)],
  ['a megabyte of pipes', () => '|'.repeat(MB)],
  ['a megabyte of "|a"', () => '|a'.repeat(MB / 2)],
  ['a megabyte of underscores', () => '_'.repeat(MB)],
  ['a megabyte of "a_ "', () => 'a_ '.repeat(MB / 3)],
  ['a megabyte of colons', () => ':'.repeat(MB)],
  ['a megabyte of ":a:`"', () => ':a:`'.repeat(MB / 4)],
  ['a megabyte of "[1"', () => '[1'.repeat(MB / 2)],
  ['a megabyte of "\\\\"', () => '\\'.repeat(MB)],
  ['a megabyte of "http://"', () => 'http://'.repeat(MB / 7)],
  ['a megabyte of "a@"', () => 'a@'.repeat(MB / 2)],
  ['a megabyte of superscripts', () => '¹a'.repeat(MB / 2)],
  ['a 2 MB single line of words', () => 'palavra '.repeat((2 * MB) / 8)],
  ['a 2 MB single line of spaces then text', () => `${' '.repeat(2 * MB)}x`],
  ['100,000 underline lines', () => '=====\n'.repeat(100_000)],
  ['20,000 alternating title lines', () => 'Título\n~~~~~~\n'.repeat(10_000)],
  ['100,000 lines of ..', () => '..\n'.repeat(100_000)],
  ['20,000 lines of ".. x::"', () => '.. x::\n'.repeat(20_000)],
  ['20,000 simple-table borders with text', () => '=== ===\nx\n\n'.repeat(7_000)],
  ['20,000 grid-table lines', () => '+-+\n| |\n'.repeat(10_000)],
  [
    'a wide grid table',
    () => `${'+-'.repeat(20_000)}+\n${'| '.repeat(20_000)}|\n${'+-'.repeat(20_000)}+\n`,
  ],
  [
    'a thousand-deep nested list',
    () => Array.from({ length: 1000 }, (_, d) => `${'  '.repeat(d)}- n${d}\n`).join('\n'),
  ],
  [
    'a thousand-deep block quote',
    () => Array.from({ length: 1000 }, (_, d) => `${' '.repeat(d)}q\n\n`).join(''),
  ],
  ['20,000 list items', () => '- item\n'.repeat(20_000)],
  ['20,000 "1. " lines', () => '1. x\n'.repeat(20_000)],
  ['20,000 field lines', () => ':a: b\n'.repeat(20_000)],
  ['20,000 definition terms', () => 'termo\n  def\n'.repeat(10_000)],
  ['20,000 line-block lines', () => '| linha\n'.repeat(20_000)],
]

describe('linear time on pathological inputs', () => {
  it.each(PATHOLOGICAL)('%s', (_name, make) => {
    const src = make()
    const { ms, html } = timed(src)
    expect(ms).toBeLessThan(BOUND_MS)
    expect(typeof html).toBe('string')
  })
})

const RST_CHARS = [
  '*',
  '`',
  '_',
  '|',
  ':',
  '<',
  '>',
  '[',
  ']',
  '#',
  '=',
  '-',
  '~',
  '+',
  '.',
  '\\',
  '\n',
  ' ',
  '  ',
  '¹',
  'a',
  'Ç',
  'x',
  '1',
  '(',
  ')',
  '"',
  "'",
  '..',
  '::',
  'http://',
  'javascript:',
  '<script>',
  'on',
  '=',
  '.. ',
  '- ',
  '1. ',
  ':x: ',
  '| ',
  '+--+',
  '====',
  '\t',
  '\r',
  '\u202f',
  '\u00a0',
]

const rstString = fc
  .array(fc.constantFrom(...RST_CHARS), { maxLength: 300 })
  .map((parts) => parts.join(''))

const anyString = fc.oneof(
  fc.string({ maxLength: 500 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  rstString,
)

describe('property: never throws, stays fast, stays safe', () => {
  it('parseRst, renderHtml and renderText accept any string', () => {
    fc.assert(
      fc.property(anyString, (src) => {
        const { ms, html, text } = timed(src)
        expect(typeof text).toBe('string')
        expect(typeof html).toBe('string')
        expect(ms).toBeLessThan(BOUND_MS)
      }),
      { numRuns: 1500 },
    )
  })

  it('renderHtml never emits scripts, event handlers or javascript: URLs', () => {
    const hostile = fc
      .array(
        fc.constantFrom(
          ...RST_CHARS,
          '`x <javascript:alert(1)>`_',
          '.. raw:: html\n\n   <script>x</script>\n',
          '<img src=x onerror=alert(1)>',
          '.. _t: javascript:void(0)\n\n`t`_ ',
          '.. image:: javascript:alert(1)\n',
          '.. |s| image:: x" onerror="y\n\n|s| ',
          'JAVA\nSCRIPT:',
          '<a onclick=1>',
          '" onmouseover="x',
        ),
        { maxLength: 40 },
      )
      .map((p) => p.join(''))
    fc.assert(
      fc.property(hostile, (src) => {
        const html = renderHtml(parseRst(src).children, { resolveImage: (u) => u })
        expect(html).not.toMatch(/<script/i)
        // Source text may say "onerror=" or "javascript:" (escaped); no tag may carry them.
        for (const tag of html.match(/<[^>]*>/g) ?? []) {
          expect(tag).not.toMatch(/\son\w+\s*=/i)
          expect(tag).not.toMatch(/(href|src)\s*=\s*"\s*javascript:/i)
          expect(tag).not.toMatch(/\sstyle\s*=/i)
        }
      }),
      { numRuns: 1500 },
    )
  })
})
