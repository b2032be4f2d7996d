import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { ArticleKind, Product } from '../../../core/knowledge/types'
import type { SearchHit } from '../../../core/api/types'
import { useApi } from '../api/handle'
import { toUiError, type UiError } from '../api/errors'

/** Typing pause before a search is sent: short enough to feel instant. */
export const SEARCH_DEBOUNCE_MS = 8
export const SEARCH_LIMIT = 30

/** The search box, its filters and its results; stale responses are dropped. */
export const useSearchStore = defineStore('search', () => {
  const query = ref('')
  const products = ref<Product[]>([])
  const kinds = ref<ArticleKind[]>([])
  const includeSuperseded = ref(false)
  const results = ref<SearchHit[]>([])
  /** The query the shown results answer. */
  const answered = ref('')
  const selected = ref(0)
  const pending = ref(false)
  const error = ref<UiError | null>(null)
  /** The shown results answer only the first part of a very long paste (the host cut it). */
  const truncated = ref(false)
  let sequence = 0
  let timer: ReturnType<typeof setTimeout> | null = null

  const selectedHit = computed(() => results.value[selected.value] ?? null)

  async function runNow(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    const mine = ++sequence
    const text = query.value
    if (!text.trim()) {
      truncated.value = false
      results.value = []
      answered.value = ''
      pending.value = false
      return
    }
    pending.value = true
    try {
      const response = await useApi().api.search({
        query: text,
        limit: SEARCH_LIMIT,
        filters: {
          ...(products.value.length ? { product: [...products.value] } : {}),
          ...(kinds.value.length ? { kind: [...kinds.value] } : {}),
          includeSuperseded: includeSuperseded.value,
        },
      })
      if (mine !== sequence) return
      results.value = response.results
      truncated.value = !!response.truncated
      answered.value = text
      selected.value = 0
      error.value = null
    } catch (e) {
      if (mine === sequence) error.value = toUiError(e)
    } finally {
      if (mine === sequence) pending.value = false
    }
  }
  function schedule(): void {
    if (timer) clearTimeout(timer)
    sequence++ // whatever is in flight is stale now
    timer = setTimeout(() => void runNow(), SEARCH_DEBOUNCE_MS)
  }
  function setQuery(text: string): void {
    query.value = text
    schedule()
  }
  function move(delta: number): void {
    const n = results.value.length
    if (!n) return
    selected.value = (selected.value + delta + n) % n
  }
  function select(index: number): void {
    if (index >= 0 && index < results.value.length) selected.value = index
  }
  watch([products, kinds, includeSuperseded], schedule, { deep: true })

  return {
    query,
    products,
    kinds,
    includeSuperseded,
    results,
    answered,
    selected,
    selectedHit,
    pending,
    error,
    truncated,
    setQuery,
    runNow,
    move,
    select,
  }
})
