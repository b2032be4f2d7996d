/** Latency statistics shared by the search benchmarks. */
export type Stats = { p50: number; p95: number; p99: number; mean: number }

export function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  const round = (x: number) => Math.round(x * 1000) / 1000
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(times.reduce((s, t) => s + t, 0) / times.length),
  }
}

export function time<T>(fn: () => T): [T, number] {
  const started = performance.now()
  const value = fn()
  return [value, performance.now() - started]
}
