import type { FastifyInstance } from 'fastify';
import { EDIT_LOCK_READERS, EDIT_LOCK_ROLES } from '../../domain/collaboration/edit-locks';
import { NOTE_ROLES } from '../../domain/collaboration/notes';
import { itemParams, okSchema } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/collaboration';
import * as a from '../../domain/contracts/collaboration-answers';
import { listEditLocks } from '../queries/collaboration/edit-locks';
import { listItemNotes } from '../queries/collaboration/item-notes';
import { acquireEditLock } from '../usecases/collaboration/acquire-edit-lock';
import { addItemNote } from '../usecases/collaboration/add-item-note';
import { deleteItemNote } from '../usecases/collaboration/delete-item-note';
import { releaseEditLock } from '../usecases/collaboration/release-edit-lock';
import { nowOf } from '../usecases/lib/run';
import { operations, type RouteEnv } from './define';

const tags = ['协同编辑与内部备注'];

/**
 * Issue 13 §9: soft edit locks on an item's reply draft and assignment plan (who is editing,
 * since when; take over; lapse without a heartbeat), and internal notes seen only by the
 * author's own organization.
 */
export function collaborationRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/items/:itemId/edit-locks',
    operationId: 'listEditLocks',
    summary: '本件正在编辑的人（本单位的答复稿；联工委、政府办公厅：交办方案）',
    tags,
    policy: EDIT_LOCK_READERS,
    params: itemParams,
    response: a.editLocksAnswer,
    handler: ({ ctx, params }) => listEditLocks(ctx.db, ctx.actor, params.itemId, nowOf(ctx)),
  });
  on({
    method: 'PUT',
    url: '/api/items/:itemId/edit-locks/:what',
    operationId: 'acquireEditLock',
    summary: '开始编辑或续期（他人正在编辑时返回其姓名和开始时间；可接管，并通知对方）',
    tags,
    policy: EDIT_LOCK_ROLES,
    params: c.editLockParams,
    body: c.acquireEditLockBody,
    response: a.editLockAnswer,
    handler: ({ ctx, params, body }) => acquireEditLock(ctx, { itemId: params.itemId, what: params.what, takeOver: body.takeOver }),
  });
  on({
    method: 'DELETE',
    url: '/api/items/:itemId/edit-locks/:what',
    operationId: 'releaseEditLock',
    summary: '结束编辑（释放本人持有的编辑标记）',
    tags,
    policy: EDIT_LOCK_ROLES,
    params: c.editLockParams,
    response: a.releaseEditLockAnswer,
    handler: ({ ctx, params }) => releaseEditLock(ctx, params),
  });
  on({
    method: 'GET',
    url: '/api/items/:itemId/notes',
    operationId: 'listItemNotes',
    summary: '内部备注（仅本机构人员可见）',
    tags,
    policy: NOTE_ROLES,
    params: itemParams,
    response: a.itemNotesAnswer,
    handler: ({ ctx, params }) => listItemNotes(ctx.db, ctx.actor, params.itemId),
  });
  on({
    method: 'POST',
    url: '/api/items/:itemId/notes',
    operationId: 'addItemNote',
    summary: '添加内部备注',
    tags,
    policy: NOTE_ROLES,
    params: itemParams,
    body: c.addItemNoteBody,
    response: a.itemNote,
    status: 201,
    handler: ({ ctx, params, body }) => addItemNote(ctx, { itemId: params.itemId, body: body.body }),
  });
  on({
    method: 'DELETE',
    url: '/api/items/:itemId/notes/:noteId',
    operationId: 'deleteItemNote',
    summary: '删除本人填写的内部备注',
    tags,
    policy: NOTE_ROLES,
    params: c.itemNoteParams,
    querystring: c.deleteItemNoteQuery,
    response: okSchema,
    handler: ({ ctx, params, query }) => deleteItemNote(ctx, { ...params, version: query.version }),
  });
}
