/** 待办: the signed-in user's work queues (GET /api/queues, GET /api/queues/:queue). */
import type { Answer } from '../../../domain/contracts/common';
import type * as q from '../../../domain/contracts/queues-answers';
import type { QueueKey } from '../../../domain/queues/catalog';
import { request } from './client';

export type QueueCounts = Answer<typeof q.queueCountsAnswer>;
export type QueuePage = Answer<typeof q.queuePage>;
export type QueueRow = Answer<typeof q.queueRow>;
export type { QueueKey };

/** Fired after an action that may move a row out of a queue, so the menu's count follows at once. */
export const QUEUES_CHANGED = 'jianyi:queues-changed';

export const queuesApi = {
  counts: (signal?: AbortSignal) => request<QueueCounts>('GET', '/api/queues', { signal }),
  page: (queue: QueueKey, page: number, pageSize: number, signal?: AbortSignal) =>
    request<QueuePage>('GET', `/api/queues/${queue}`, { query: { page, pageSize }, signal }),
};
