import { sql, type SQL } from 'drizzle-orm';
import { todayInShanghai } from '../../domain/deadlines';
import {
  KIND_COLUMN,
  kindCell,
  STANDARD_FORM_KEYS,
  standardFormLabel,
  streamWords,
  type StandardFormKey,
  type StreamWords,
} from '../../domain/documents/stream-words';
import { CONTACT_METHOD_LABELS, TASK_ROLE_LABELS, type ContactMethod, type TaskRole } from '../../domain/items/kinds';
import { isUnitRole } from '../../domain/items/roles';
import { INACTIVE_TASK_STATES } from '../../domain/items/states';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { stateNotIn } from '../db/state-sql';
import { dateCell, shanghaiDateCell, shanghaiStamp, writeTableXlsx, type TableSheet } from '../documents/table-xlsx';
import { itemScope } from '../auth/item-scope';
import { readerKinds } from './table-exports';
import { lookBack } from './standard-forms-look-back';

/** The standard forms of §6, each a download (named in the reader's words: standardFormLabels). */
export const STANDARD_FORMS = STANDARD_FORM_KEYS;
export type StandardForm = StandardFormKey;

/** The forms' names as the reader's buttons and files say them: 重点处理提案登记表 in a CPPCC committee (§8). */
export async function standardFormLabels(db: Db, actor: Actor) {
  const kinds = await readerKinds(db, actor);
  const w = streamWords(kinds);
  return { kinds, forms: STANDARD_FORM_KEYS.map((key) => ({ key, label: standardFormLabel(key, w) })) };
}

export interface FormFilter {
  sessionId?: number;
  unitId?: number;
  itemId?: number;
  year?: number;
}

const PHASE: Record<string, string> = { before: '办前', during: '办中', after: '办后' };

/** The tasks a form covers: the actor's scope, a unit only its own (R-HANDLE-1/2), the session, unit and item asked for. */
function taskWhere(actor: Actor, f: FormFilter, alias = 't'): SQL {
  const t = sql.raw(alias);
  const w: SQL[] = [itemScope(actor), stateNotIn(`${alias}.state`, INACTIVE_TASK_STATES, { literals: true })];
  if (isUnitRole(actor.role)) w.push(sql`${t}.unit_id = ${actor.organizationId ?? -1}`);
  else if (f.unitId) w.push(sql`${t}.unit_id = ${f.unitId}`);
  if (f.sessionId) w.push(sql`items.session_id = ${f.sessionId}`);
  if (f.itemId) w.push(sql`items.id = ${f.itemId}`);
  return sql.join(w, sql` and `);
}

/** A collective proposal's submitter is its organization (R-CPPCC-1), printed where a member's name would be. */
const collective = sql`(select so.name from organizations so where so.id = items.submitter_org_id)`;
const lead = sql`coalesce(${collective}, (select d.name from deputies d where d.id = items.lead_deputy_id))`;
const delegation = sql`(select g.name from organizations g where g.id = items.delegation_id)`;
const signers = sql`coalesce(${collective}, (select string_agg(d.name, '、' order by s.is_lead desc, d.id) from item_signers s join deputies d on d.id = s.deputy_id where s.item_id = items.id and s.status <> 'declined'))`;

/** A form's 类别 column (建议/提案) and cells, when it holds both streams (the government office's, a unit's). */
export const kindColumn = (w: StreamWords): TableSheet['columns'] => (w.both ? [{ header: KIND_COLUMN, width: 6 }] : []);
export const kindOf = (w: StreamWords, kind: string): string[] => (w.both ? [kindCell(kind)] : []);

/** 办理责任分解表 (R-HANDLE-1): per unit one sheet, its items with division, handler and responsible leader. */
async function responsibility(db: Db, actor: Actor, f: FormFilter, now: Date, w: StreamWords): Promise<TableSheet[]> {
  const rows = await queryRows<{
    unit: string;
    kind: string;
    number: string;
    title: string;
    lead: string | null;
    role: TaskRole;
    division: string | null;
    handler: string | null;
    leader: string | null;
    due: string | null;
    at: string | null;
  }>(
    db,
    sql`select o.name as unit, items.kind, items.number, items.title, ${lead} as lead, t.role, dv.name as division, coalesce(t.handler_name, u.display_name) as handler,
               t.responsible_leader as leader, t.due_date::text as due, t.breakdown_at as at
        from tasks t join items on items.id = t.item_id join organizations o on o.id = t.unit_id
        left join organizations dv on dv.id = t.division_id left join users u on u.id = t.handler_user_id
        where ${taskWhere(actor, f)} and t.role <> 'reference'
        order by o.name, items.number`,
  );
  const byUnit = new Map<string, typeof rows>();
  for (const r of rows) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
  if (!byUnit.size) byUnit.set('', []);
  const used = new Set<string>();
  return [...byUnit].map(([unit, list]) => {
    let name = (unit || '分解表').replace(/[\\/?*[\]:]/g, '').slice(0, 28);
    while (used.has(name)) name = `${name.slice(0, 26)}${used.size}`;
    used.add(name);
    return {
      name,
      title: `${unit}${w.itemFull}办理责任分解表`,
      description: `共 ${list.length} 件\u3000导出时间：${shanghaiStamp(now)}`,
      columns: [
        { header: '序号', width: 6 },
        ...kindColumn(w),
        { header: w.number, width: 12 },
        { header: w.title, width: 40 },
        { header: w.lead, width: 12 },
        { header: '承办方式', width: 8 },
        { header: '承办处室', width: 16 },
        { header: '承办人', width: 10 },
        { header: '责任领导', width: 10 },
        { header: '办理期限', width: 12, kind: 'date' },
        { header: '分解时间', width: 12, kind: 'date' },
      ],
      rows: list.map((r, i) => [
        i + 1,
        ...kindOf(w, r.kind),
        r.number,
        r.title,
        r.lead,
        TASK_ROLE_LABELS[r.role],
        r.division,
        r.handler,
        r.leader,
        dateCell(r.due),
        shanghaiDateCell(r.at),
      ]),
      footer: ['单位（盖章）：\u3000\u3000\u3000\u3000\u3000\u3000主要负责同志：\u3000\u3000\u3000\u3000\u3000\u3000填表日期：'],
    };
  });
}

/** 重点处理建议登记表 (R-HANDLE-2): the units' key items, with responsibility and the open-handling plan to fill in. */
async function keyItems(db: Db, actor: Actor, f: FormFilter, now: Date, w: StreamWords): Promise<TableSheet[]> {
  const rows = await queryRows<{
    unit: string;
    kind: string;
    number: string;
    title: string;
    signers: string | null;
    delegation: string | null;
    role: TaskRole;
    leader: string | null;
    handler: string | null;
    due: string | null;
  }>(
    db,
    sql`select o.name as unit, items.kind, items.number, items.title, ${signers} as signers, ${delegation} as delegation, t.role, t.responsible_leader as leader,
               coalesce(t.handler_name, u.display_name) as handler, t.due_date::text as due
        from tasks t join items on items.id = t.item_id join organizations o on o.id = t.unit_id left join users u on u.id = t.handler_user_id
        where ${taskWhere(actor, f)} and t.is_key_item order by o.name, items.number`,
  );
  return [
    {
      name: `重点处理${w.item}`,
      title: `重点处理${w.itemFull}登记表`,
      description: `共 ${rows.length} 件\u3000导出时间：${shanghaiStamp(now)}`,
      columns: [
        { header: '序号', width: 6 },
        { header: '承办单位', width: 22 },
        ...kindColumn(w),
        { header: w.number, width: 12 },
        { header: w.title, width: 36 },
        { header: w.signers, width: 18 },
        { header: w.group, width: 14 },
        { header: '承办方式', width: 8 },
        { header: '责任领导', width: 10 },
        { header: '承办人', width: 10 },
        { header: '办理期限', width: 12, kind: 'date' },
        { header: '开门办案安排（座谈、视察、调研）', width: 30, kind: 'sign' },
      ],
      rows: rows.map((r, i) => [
        i + 1,
        r.unit,
        ...kindOf(w, r.kind),
        r.number,
        r.title,
        r.signers,
        r.delegation,
        TASK_ROLE_LABELS[r.role],
        r.leader,
        r.handler,
        dateCell(r.due),
        null,
      ]),
      footer: ['单位（盖章）：\u3000\u3000\u3000\u3000\u3000\u3000联系人：\u3000\u3000\u3000\u3000\u3000\u3000联系电话：'],
    },
  ];
}

/**
 * 走访代表委员专用卡 (R-TALK-1/3): one card per face-to-face contact, or, for
 * an item's deputies not yet visited, a blank card to take along — the fields
 * of the visit and a box for the deputy's signature.
 */
async function visitCard(db: Db, actor: Actor, f: FormFilter, now: Date, w: StreamWords): Promise<TableSheet[]> {
  const rows = await queryRows<{
    unit: string;
    kind: string;
    number: string;
    title: string;
    deputy: string | null;
    delegation: string | null;
    on: string | null;
    method: ContactMethod | null;
    phase: string | null;
    participants: string | null;
    summary: string | null;
    view: string | null;
  }>(
    db,
    sql`select o.name as unit, items.kind, items.number, items.title, ${signers} as deputy, ${delegation} as delegation, c.contacted_on::text as on, c.method, c.phase,
               c.participants, c.summary, c.deputy_view as view
        from tasks t join items on items.id = t.item_id join organizations o on o.id = t.unit_id
        left join contacts c on c.item_id = items.id and c.unit_id = t.unit_id and c.face_to_face
        where ${taskWhere(actor, f)} ${f.itemId ? sql`` : sql`and c.id is not null`}
        order by items.number, o.name, c.contacted_on`,
  );
  return [
    {
      name: '走访卡',
      title: '走访代表委员专用卡',
      description: `承办单位走访${w.submitter}面商办理情况，由${w.submitter}签字确认\u3000导出时间：${shanghaiStamp(now)}`,
      columns: [
        ...kindColumn(w),
        { header: w.number, width: 12 },
        { header: w.title, width: 30 },
        { header: '承办单位', width: 18 },
        { header: `${w.submitter}姓名`, width: 14 },
        { header: w.group, width: 14 },
        { header: '走访时间', width: 12, kind: 'date' },
        { header: '走访方式', width: 10 },
        { header: '办理阶段', width: 8 },
        { header: '走访人员', width: 18 },
        { header: '沟通情况', width: 36 },
        { header: `${w.submitter}意见`, width: 24 },
        { header: `${w.submitter}签字`, width: 12, kind: 'sign' },
        { header: '签字日期', width: 12, kind: 'sign' },
      ],
      rows: rows.map((r) => [
        ...kindOf(w, r.kind),
        r.number,
        r.title,
        r.unit,
        r.deputy,
        r.delegation,
        dateCell(r.on),
        r.method ? CONTACT_METHOD_LABELS[r.method] : null,
        r.phase ? PHASE[r.phase] : null,
        r.participants,
        r.summary,
        r.view,
        null,
        null,
      ]),
      // R-TALK-3
      footer: [`说明：走访须由承办单位自行开展，不得委托下级单位。本卡一式两份，承办单位和${w.submitter}各执一份。`],
    },
  ];
}

/** 参阅件沟通联系登记表 (R-REVIEW-1): each reference item's unit, its contacts with the deputy and the contact date due. */
async function referenceContacts(db: Db, actor: Actor, f: FormFilter, now: Date, w: StreamWords): Promise<TableSheet[]> {
  const rows = await queryRows<{
    unit: string;
    kind: string;
    number: string;
    title: string;
    signers: string | null;
    due: string | null;
    on: string | null;
    method: ContactMethod | null;
    participants: string | null;
    summary: string | null;
    view: string | null;
  }>(
    db,
    sql`select o.name as unit, items.kind, items.number, items.title, ${signers} as signers, t.due_date::text as due, c.contacted_on::text as on, c.method, c.participants, c.summary, c.deputy_view as view
        from tasks t join items on items.id = t.item_id join organizations o on o.id = t.unit_id
        left join contacts c on c.item_id = items.id and c.unit_id = t.unit_id
        where ${taskWhere(actor, f)} and t.role = 'reference' order by o.name, items.number, c.contacted_on`,
  );
  return [
    {
      name: '参阅件沟通联系',
      title: '参阅件沟通联系登记表',
      description: `共 ${new Set(rows.map((r) => `${r.unit}:${r.number}`)).size} 件\u3000导出时间：${shanghaiStamp(now)}`,
      columns: [
        { header: '承办单位', width: 22 },
        ...kindColumn(w),
        { header: w.number, width: 12 },
        { header: w.title, width: 36 },
        { header: w.signers, width: 18 },
        { header: '联系截止日期', width: 12, kind: 'date' },
        { header: '联系时间', width: 12, kind: 'date' },
        { header: '联系方式', width: 10 },
        { header: '联系人员', width: 16 },
        { header: '沟通情况', width: 36 },
        { header: `${w.submitter}意见`, width: 24 },
      ],
      rows: rows.map((r) => [
        r.unit,
        ...kindOf(w, r.kind),
        r.number,
        r.title,
        r.signers,
        dateCell(r.due),
        dateCell(r.on),
        r.method ? CONTACT_METHOD_LABELS[r.method] : null,
        r.participants,
        r.summary,
        r.view,
      ]),
    },
  ];
}

const FORMS: Record<StandardForm, (db: Db, actor: Actor, f: FormFilter, now: Date, w: StreamWords) => Promise<TableSheet[]>> = {
  responsibility,
  keyItems,
  visitCard,
  referenceContacts,
  lookBack,
};

/**
 * §6 one standard form as .xlsx, in the actor's scope (offices: the congress or one unit; a unit: its own), in the
 * words of what the reader's scope holds (§8): a CPPCC committee's forms speak of 提案, 委员, 第一提案人 and 界别,
 * the government office's and a unit's of both streams with a 类别 column (建议/提案).
 */
export async function exportStandardForm(db: Db, actor: Actor, form: StandardForm, f: FormFilter, now = new Date()) {
  const w = streamWords(await readerKinds(db, actor));
  const sheets = await FORMS[form](db, actor, f, now, w);
  return { buffer: await writeTableXlsx(sheets), filename: `${standardFormLabel(form, w)}_${todayInShanghai(now)}.xlsx` };
}
