import { QUEUES_CHANGED, queuesApi } from '../api/queues';
import { usePolled } from '../lib/usePolled';

/** How many steps wait on the user (the 待办 menu entry's count), kept current like the bell's. */
export function useQueueTotal(enabled: boolean): number {
  return usePolled((signal) => queuesApi.counts(signal), QUEUES_CHANGED, enabled)?.total ?? 0;
}
