/** 批量处理 (POST /api/batch): one action on many items, each row its own transaction and result. */
import type { z } from 'zod';
import type { BatchAction } from '../../../domain/batch/actions';
import type { batchBody } from '../../../domain/contracts/batch';
import type { batchAnswer } from '../../../domain/contracts/batch-answers';
import type { Answer } from '../../../domain/contracts/common';
import { request } from './client';

export type BatchRequest = z.input<typeof batchBody>;
export type BatchAnswer = Answer<typeof batchAnswer>;
export type { BatchAction };

export const batchApi = {
  run: (body: BatchRequest) => request<BatchAnswer>('POST', '/api/batch', { body }),
};
