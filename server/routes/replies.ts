import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { id, itemParams } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/items';
import { reply } from '../../domain/contracts/item-answers';
import { saveReplyDraft } from '../usecases/replies/save-reply-draft';
import { approveReplyReview } from '../usecases/replies/approve-reply-review';
import { sendBackReply } from '../usecases/replies/send-back-reply';
import { signOffReply } from '../usecases/replies/sign-off-reply';
import { submitReplyForReview } from '../usecases/replies/submit-reply-for-review';
import { overrideReplyCheck } from '../usecases/replies/override-reply-check';
import { sendReply } from '../usecases/replies/send-reply';
import { publishReply } from '../usecases/replies/publish-reply';
import { operation, type RouteEnv } from './define';

const tags = ['答复'];
const replyParams = z.object({ itemId: id, replyId: id });

/** R-REPLY-1: draft → office review → leader sign-off → send. */
export function replyRoutes(app: FastifyInstance, env: RouteEnv) {
  operation(app, env, {
    method: 'PUT',
    url: '/api/items/:itemId/reply-draft',
    operationId: 'saveReplyDraft',
    response: reply,
    summary: '起草或修改答复',
    tags,
    policy: ['unitOffice', 'unitHandler'],
    params: itemParams,
    body: c.replyDraftBody,
    handler: ({ ctx, params, body }) => saveReplyDraft(ctx, { itemId: params.itemId, ...body }),
  });
  const step = (
    url: string,
    operationId: string,
    summary: string,
    policy: readonly ('unitOffice' | 'unitHandler' | 'unitLeader' | 'governmentOffice' | 'liaisonOffice')[],
    fn: (ctx: never, o: never) => Promise<unknown>,
    body: z.ZodType = c.replyActionBody,
  ) =>
    operation(app, env, {
      method: 'POST',
      url: `/api/items/:itemId/replies/:replyId/${url}`,
      operationId,
      summary,
      tags,
      policy,
      params: replyParams,
      body,
      response: reply,
      handler: ({ ctx, params, body: b }) => fn(ctx as never, { itemId: params.itemId, replyId: params.replyId, ...(b as object) } as never),
    });
  step('submit', 'submitReplyForReview', '提交单位办公室审核', ['unitOffice', 'unitHandler'], submitReplyForReview);
  step('approve', 'approveReplyReview', '办公室审核通过，报领导签发', ['unitOffice'], approveReplyReview);
  step('send-back', 'sendBackReply', '退回重办（须说明理由）', ['unitOffice', 'unitLeader', 'governmentOffice'], sendBackReply, c.sendBackBody);
  step('sign-off', 'signOffReply', '领导签发', ['unitLeader'], signOffReply);
  step('send', 'sendReply', '答复代表', ['unitOffice'], sendReply);
  step('publish', 'publishReply', '登记答复已在门户公开', ['liaisonOffice'], publishReply);
  step(
    'override',
    'overrideReplyCheck',
    '交办机关豁免沟通或会办意见要求（须说明理由）',
    ['liaisonOffice', 'governmentOffice'],
    overrideReplyCheck,
    c.overrideBody,
  );
}
