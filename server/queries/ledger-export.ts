import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { EXPORT_ROW_LIMIT, type ledgerExportQuery } from '../../domain/contracts/ledger-tools';
import { todayInShanghai } from '../../domain/deadlines';
import { fullSessionName } from '../../domain/documents/full-names';
import { streamWords, type StreamWords } from '../../domain/documents/stream-words';
import { domainError } from '../../domain/errors';
import { HANDLING_MODE_LABELS, TASK_ROLE_LABELS } from '../../domain/items/kinds';
import { isUnitRole } from '../../domain/items/roles';
import { ITEM_STATE_LABELS, type ItemState } from '../../domain/items/states';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { writeLedgerXlsx, type LedgerSheetRow } from '../documents/ledger-xlsx';
import { congressNameOf } from './full-names';
import { queryLedger } from './ledger';
import { readerKinds } from './table-exports';

export type LedgerExportQuery = z.output<typeof ledgerExportQuery>;

const LIGHT_NAMES = { green: '绿灯', yellow: '黄灯', red: '红灯', none: '无期限' } as const;
const INBOX_NAMES = { assignments: '新交办', coOpinions: '待报会办意见', rehandling: '重新办理' } as const;
const SORT_NAMES = { number: '编号', due: '期限', submittedAt: '提出时间', updatedAt: '更新时间', relevance: '相关度' } as const;

/**
 * The current ledger view as .xlsx (§6): every row the ledger query matches in
 * the actor's scope (the same queryLedger, so the same scope rules: a unit its
 * own items, a deputy theirs; classified items as metadata only, R-REPLY-8),
 * refused beyond EXPORT_ROW_LIMIT rows.
 */
export async function exportLedger(db: Db, actor: Actor, q: LedgerExportQuery, o: { now?: Date; limit?: number } = {}) {
  const now = o.now ?? new Date();
  const limit = o.limit ?? EXPORT_ROW_LIMIT;
  const { columns, ...filter } = q;
  // One query: the page holds at most `limit` rows, its total says whether there were more.
  const ledger = await queryLedger(db, actor, { ...filter, page: 1, pageSize: limit }, now);
  // Page 1 (no cursor) always carries its total.
  const total = ledger.total ?? ledger.rows.length;
  if (total > limit) {
    throw domainError(
      'EXPORT_TOO_LARGE',
      { total, limit },
      {
        total,
        limit,
      },
    );
  }
  // In the reader's words (§8): 提案 and 委员 in a CPPCC committee; both streams, with 类别, for the government office and units.
  const w = streamWords(await readerKinds(db, actor));
  const title =
    actor.role === 'deputy'
      ? `我的${w.item}`
      : isUnitRole(actor.role)
        ? '本单位台账'
        : actor.role === 'delegationContact'
          ? `本${w.group}台账`
          : `${w.item}办理台账`;
  const stamp = shanghaiStamp(now);
  const description = `筛选条件：${await describeFilter(db, actor, q, w)}\u3000共 ${total} 件\u3000导出时间：${stamp}`;
  // The unit's own task column means nothing to other roles.
  const shown = isUnitRole(actor.role) ? columns : columns.filter((c) => c !== 'myTask');
  const buffer = await writeLedgerXlsx({
    title,
    description,
    columns: shown.length ? shown : ['number', 'title'],
    rows: ledger.rows as unknown as LedgerSheetRow[],
    // Beside 类别 (建议/提案) the subject category is 分类, so that no two headers read alike.
    labels: { leadDeputy: w.lead, delegation: w.group, ...(w.both ? { category: '分类' } : {}) },
    kindColumn: w.both,
  });
  return { buffer, filename: `${title}_${todayInShanghai(now)}.xlsx`, total };
}

/** "2025-06-01 14:03" in Asia/Shanghai. */
function shanghaiStamp(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The filter in words, for the sheet's second row; names are looked up in the actor's congress only (a
 * CPPCC committee's units in the congress whose units handle its proposals).
 */
async function describeFilter(db: Db, actor: Actor, q: LedgerExportQuery, w: StreamWords): Promise<string> {
  const parts: string[] = [];
  const bodies = [actor.congressId ?? -1, actor.unitsCongressId ?? -1];
  const name = async (table: 'sessions' | 'organizations' | 'categories' | 'deputies', id: number | undefined) => {
    if (!id) return undefined;
    const [row] = await queryRows<{ name: string }>(
      db,
      sql`select name from ${sql.identifier(table)} where id = ${id} and congress_id in (${bodies[0]}, ${table === 'organizations' ? bodies[1] : bodies[0]})`,
    );
    return row?.name ?? `#${id}`;
  };
  // The kind filter (建议/提案) of a ledger of both streams.
  const kind = (q as { kind?: string }).kind;
  if (kind === 'suggestion' || kind === 'proposal') parts.push(`类别 ${kind === 'proposal' ? '提案' : '建议'}`);
  const session = await name('sessions', q.sessionId);
  // The session in full (湖南省第十四届人民代表大会第三次会议); an id not of the congress stays as it is.
  if (session) parts.push(`届次 ${session.startsWith('#') ? session : fullSessionName(await congressNameOf(db, actor.congressId ?? -1), session)}`);
  const unit = await name('organizations', q.unitId);
  if (unit) parts.push(`承办单位 ${unit}`);
  if (q.taskRole) parts.push(`承办方式 ${TASK_ROLE_LABELS[q.taskRole]}`);
  if (q.inbox) parts.push(`待办 ${INBOX_NAMES[q.inbox]}`);
  if (q.state?.length) parts.push(`状态 ${q.state.map((s) => ITEM_STATE_LABELS[s as ItemState] ?? s).join('、')}`);
  if (q.light) parts.push(LIGHT_NAMES[q.light]);
  if (q.handlingMode) parts.push(`办理方式 ${HANDLING_MODE_LABELS[q.handlingMode]}`);
  if (q.unitSystem) parts.push(q.unitSystem === 'government' ? '政府系统承办' : '非政府系统承办');
  if (q.resultClass) parts.push(`${q.resultClass} 类`);
  const category = await name('categories', q.categoryId);
  if (category) parts.push(`类别 ${category}`);
  const delegation = await name('organizations', q.delegationId);
  if (delegation) parts.push(`${w.group} ${delegation}`);
  const deputy = await name('deputies', q.deputyId);
  if (deputy) parts.push(`${w.submitter} ${deputy}`);
  if (q.q?.trim()) parts.push(`搜索“${q.q.trim()}”`);
  if (q.ids?.length) parts.push(`所选 ${q.ids.length} 件`);
  const filters = parts.length ? parts.join('；') : '全部';
  return `${filters}（按${SORT_NAMES[q.sort]}${q.order === 'desc' ? '降序' : '升序'}）`;
}
