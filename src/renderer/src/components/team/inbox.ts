import { onMounted, onUnmounted, ref, type Ref } from 'vue'
import type { Assignment } from '../../../../core/team/types'
import { useApi } from '../../api/handle'

/**
 * Tickets handed to this agent, by number, refreshed when tickets change (a round of team
 * replication brings new hand-offs as ticket changes). Empty when team mode is not used.
 */
export function useTeamInbox(): Ref<Map<string, Assignment>> {
  const { api, onEvent } = useApi()
  const inbox = ref(new Map<string, Assignment>())
  const load = async () => {
    try {
      inbox.value = new Map((await api.teamInbox({})).map((a) => [a.number, a]))
    } catch {
      // The mark is an extra: a host without team methods (an older one) shows the list without it.
    }
  }
  let stop: (() => void) | null = null
  onMounted(() => {
    void load()
    stop = onEvent((event) => {
      if (event.type === 'tickets-changed') void load()
    })
  })
  onUnmounted(() => stop?.())
  return inbox
}
