import { useCallback, useState } from 'react';
import { BATCH_CHUNK } from '../../../../domain/batch/actions';
import { batchApi, type BatchAction } from '../../api/batch';
import { ApiError } from '../../api/client';
import { QUEUES_CHANGED } from '../../api/queues';
import { missing, requestFor, type BatchParams, type Selected } from './selection';

export interface RowResult {
  itemId: number;
  number: string;
  ok: boolean;
  message?: string;
}

export interface BatchProgress {
  running: boolean;
  done: number;
  total: number;
  results: RowResult[];
}

/**
 * Runs a batch in chunks of BATCH_CHUNK rows, one request each, advancing the progress after every chunk.
 * The server runs each row in its own transaction; a refused chunk (the whole request) marks its rows failed
 * with the server's message and the next chunk still goes.
 */
export function useBatchRun() {
  const [progress, setProgress] = useState<BatchProgress>({ running: false, done: 0, total: 0, results: [] });
  const run = useCallback(async (action: BatchAction, rows: Selected[], params: BatchParams) => {
    const results: RowResult[] = [];
    const sendable: Selected[] = [];
    for (const r of rows) {
      const why = missing(action, r);
      if (why) results.push({ itemId: r.itemId, number: r.number, ok: false, message: why });
      else sendable.push(r);
    }
    setProgress({ running: true, done: results.length, total: rows.length, results: [...results] });
    for (let i = 0; i < sendable.length; i += BATCH_CHUNK) {
      const chunk = sendable.slice(i, i + BATCH_CHUNK);
      const numberOf = new Map(chunk.map((r) => [r.itemId, r.number]));
      try {
        const answer = await batchApi.run(requestFor(action, chunk, params));
        for (const x of answer.results) results.push({ itemId: x.itemId, number: numberOf.get(x.itemId) ?? String(x.itemId), ok: x.ok, message: x.message });
      } catch (e) {
        const message = e instanceof ApiError ? e.message : '提交失败，请稍后重试';
        for (const r of chunk) results.push({ itemId: r.itemId, number: r.number, ok: false, message });
      }
      setProgress({ running: true, done: results.length, total: rows.length, results: [...results] });
    }
    setProgress({ running: false, done: results.length, total: rows.length, results });
    window.dispatchEvent(new Event(QUEUES_CHANGED));
    return results;
  }, []);
  const reset = useCallback(() => setProgress({ running: false, done: 0, total: 0, results: [] }), []);
  return { progress, run, reset };
}
