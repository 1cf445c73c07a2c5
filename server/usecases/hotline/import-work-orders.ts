/**
 * Issue 15 §1: orders imported from an Excel sheet by the hotline office. Every row is validated (来电号码,
 * 事件分类, 来电内容, 来电时间, 紧急程度, 所在地) with its errors in Chinese citing the Excel row; when any row
 * is bad nothing is written (HOTLINE_IMPORT_INVALID with the errors as details). Otherwise all rows are
 * taken in one transaction, each as the other intakes take an order (intake.ts: the catalogue's category,
 * the caller matched from the number, the place named), source 'import'.
 */
import { domainError, forbidden } from '../../../domain/errors';
import { normalizePhone, type Urgency } from '../../../domain/hotline/orders';
import { hotlineScope } from '../../auth/hotline-scope';
import type { Db } from '../../db/client';
import { HOTLINE_IMPORT_COLUMNS, readHotlineImportSheet, type HotlineImportKey, type RawValue } from '../../documents/hotline-import-sheet';
import { nowOf, type Ctx } from '../lib/run';
import { checkPlaceName, insertOrder, matchDeputy, resolveCategory } from './intake';

export interface ImportError {
  row: number;
  column?: string;
  message: string;
}

const header = (k: HotlineImportKey) => HOTLINE_IMPORT_COLUMNS.find((c) => c.key === k)!.header;
const URGENCY_WORDS: Record<string, Urgency> = { 急办: 'urgent', 紧急: 'urgent', 一般: 'general', 普通: 'general' };
const MAX_ROWS = 2_000;

/** 来电时间 as an instant: an Excel date cell (its wall-clock time, Beijing) or text such as 2026-03-05 09:30. */
export function parseCallTime(v: RawValue): Date | null {
  if (v instanceof Date) return new Date(v.getTime() - 8 * 3_600_000);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[\sT]+(\d{1,2})[:：时](\d{1,2})分?(?::(\d{1,2}))?)?$/.exec(v.trim());
  if (!m) return null;
  const [Y, M, D, H, MI, S] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  if (M < 1 || M > 12 || D < 1 || D > 31 || H > 23 || MI > 59 || S > 59) return null;
  const utc = Date.UTC(Y, M - 1, D, H, MI, S) - 8 * 3_600_000;
  const back = new Date(utc + 8 * 3_600_000);
  if (back.getUTCMonth() !== M - 1 || back.getUTCDate() !== D) return null;
  return new Date(utc);
}

interface GoodRow {
  row: number;
  phone: string;
  callerName: string | null;
  category: string;
  content: string;
  calledAt: Date;
  urgency: Urgency;
  place: string | null;
}

/** Checks one row; its errors, or the row ready to insert. */
export function validateRow(row: number, v: Partial<Record<HotlineImportKey, RawValue>>, now: Date): { errors: ImportError[]; good?: GoodRow } {
  const errors: ImportError[] = [];
  const err = (k: HotlineImportKey, message: string) => errors.push({ row, column: header(k), message: `第 ${row} 行“${header(k)}”：${message}` });
  const text = (k: HotlineImportKey) => {
    const x = v[k];
    return x === undefined ? '' : x instanceof Date ? x.toISOString().slice(0, 10) : x.trim();
  };
  for (const c of HOTLINE_IMPORT_COLUMNS) if (c.required && v[c.key] === undefined) err(c.key, '必填，不能为空');
  const rawPhone = text('callerPhone');
  const phone = normalizePhone(rawPhone);
  if (rawPhone && (!/^\+?[\d\s-]+$/.test(rawPhone) || phone.length < 5 || phone.length > 20))
    err('callerPhone', `号码“${rawPhone}”不正确，只能包含数字、空格、短横线和开头的 +`);
  const category = text('category');
  if (category.length > 100) err('category', '不能超过 100 字');
  const content = text('content');
  if (content.length > 4000) err('content', '不能超过 4000 字');
  let calledAt: Date | null = null;
  if (v.calledAt !== undefined) {
    calledAt = parseCallTime(v.calledAt);
    if (!calledAt) err('calledAt', `“${text('calledAt')}”不是有效的时间，应如 2026-03-05 09:30`);
    else if (calledAt.getTime() > now.getTime() + 5 * 60_000) err('calledAt', '来电时间不能晚于当前时间');
  }
  const urgencyText = text('urgency');
  const urgency = urgencyText ? URGENCY_WORDS[urgencyText] : 'general';
  if (!urgency) err('urgency', `“${urgencyText}”不是可选值，应为 急办 或 一般`);
  const place = text('place');
  if (place.length > 100) err('place', '不能超过 100 字');
  const callerName = text('callerName');
  if (callerName.length > 50) err('callerName', '不能超过 50 字');
  if (errors.length) return { errors };
  return { errors, good: { row, phone, callerName: callerName || null, category, content, calledAt: calledAt!, urgency, place: place || null } };
}

/** The hotline office's import: all rows written, or none with every row's errors. */
export async function importWorkOrders(ctx: Ctx, file: { filename: string; buffer: Buffer }) {
  const scope = await hotlineScope(ctx.db, ctx.actor);
  if (scope.kind !== 'office') throw forbidden();
  if (!/\.xlsx$/i.test(file.filename)) throw domainError('NOT_XLSX');
  const now = nowOf(ctx);
  const sheet = await readHotlineImportSheet(file.buffer);
  let errors: ImportError[] = [...sheet.errors];
  if (!errors.length && sheet.rows.length === 0) errors.push({ row: 2, message: '工作表中没有工单数据（表头下方的行都是空的）' });
  if (sheet.rows.length > MAX_ROWS) errors.push({ row: sheet.rows[MAX_ROWS].row, message: `一次最多导入 ${MAX_ROWS} 行，请分批导入` });
  const good: GoodRow[] = [];
  if (!errors.length) {
    for (const r of sheet.rows) {
      const checked = validateRow(r.row, r.values, now);
      errors = errors.concat(checked.errors);
      if (checked.good) good.push(checked.good);
    }
  }
  if (errors.length) throw domainError('HOTLINE_IMPORT_INVALID', { count: errors.length }, errors);
  const congressId = scope.congressId;
  const orders = await ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const out: { row: number; id: number; number: string }[] = [];
    for (const g of good) {
      const { catalogueId, category } = await resolveCategory(tx, congressId, null, g.category);
      const deputy = await matchDeputy(tx, congressId, g.phone);
      const row = await insertOrder(
        tx,
        ctx,
        {
          congressId,
          source: 'import',
          callerPhone: g.phone,
          deputy,
          deputyConfirmed: false,
          catalogueId,
          category,
          content: g.content,
          calledAt: g.calledAt,
          urgency: g.urgency,
          placeCongressId: await checkPlaceName(tx, congressId, g.place),
          placeName: g.place,
          createdBy: ctx.actor.userId,
          extra: { callerName: g.callerName, importFile: file.filename, importRow: g.row },
        },
        now,
      );
      out.push({ row: g.row, id: row.id, number: row.number });
    }
    return out;
  });
  return { imported: orders.length, orders };
}
