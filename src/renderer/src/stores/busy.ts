import { defineStore } from 'pinia'
import { ref } from 'vue'

/** Returned by run() when the person cancelled the wait. */
export const CANCELLED = Symbol('cancelled')

/**
 * Long work (indexing a folder, bulk export, import). The API has no abort: Cancel stops waiting
 * for the result; the host finishes or rejects the call on its own, which keeps its data whole.
 */
export const useBusyStore = defineStore('busy', () => {
  const task = ref<{ label: string; startedAt: number } | null>(null)
  let cancelCurrent: (() => void) | null = null

  async function run<T>(label: string, work: Promise<T>): Promise<T | typeof CANCELLED> {
    task.value = { label, startedAt: Date.now() }
    const cancelled = new Promise<typeof CANCELLED>((resolve) => {
      cancelCurrent = () => resolve(CANCELLED)
    })
    try {
      return await Promise.race([work, cancelled])
    } finally {
      task.value = null
      cancelCurrent = null
    }
  }
  function cancel(): void {
    cancelCurrent?.()
  }
  return { task, run, cancel }
})
