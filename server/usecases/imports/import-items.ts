import { and, desc, eq, sql } from 'drizzle-orm';
import type { ImportError } from '../../../domain/contracts/imports';
import { todayInShanghai } from '../../../domain/deadlines';
import { domainError, notFound } from '../../../domain/errors';
import { computeItemDeadlines } from '../../../domain/items/item-deadlines';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { importBatches, items, sessions } from '../../db/schema';
import { readImportWorkbook } from '../../documents/import-sheet';
import { loadCalendar } from '../../rules/calendar';
import { loadRules } from '../../rules/rules-profile';
import type { EventType } from '../lib/history';
import { nowOf } from '../lib/run';
import { bulkInsert } from './bulk-insert';
import { importBodyOf, type ImportBody } from '../../queries/imports';
import { loadLookups } from './lookups';
import { validateRows, type ValidRow } from './validate-rows';

/** How often validation writes its progress to the batch. */
const PROGRESS_EVERY = 1000;

export interface ImportInput {
  filename: string;
  buffer: Buffer;
  sessionId?: number;
  /** progress callback (the CLI prints it): rows checked of all rows */
  onProgress?: (processed: number, total: number) => void;
  /** each phase's duration (the CLI prints them): read, check, write */
  onPhase?: (phase: 'read' | 'check' | 'write', ms: number) => void;
}

type Batch = typeof importBatches.$inferSelect;

/**
 * §6 starts an import of items from the liaison office's .xlsx into a session
 * (default: the congress's newest) and returns its batch at once with the
 * running import: the batch reports progress as rows are checked, and ends
 * 'done' with every row written in one transaction, or 'failed' with every
 * row's errors and nothing written (all-or-nothing). In a CPPCC committee the
 * proposal committee imports proposals (§8): the sheet of proposals, the units
 * of the congress beside it.
 */
export async function startImport(ctx: { db: Db; actor: Actor; now?: Date }, o: ImportInput): Promise<{ batch: Batch; done: Promise<Batch> }> {
  const congressId = ctx.actor.congressId;
  if (!congressId) throw domainError('NO_CONGRESS');
  const [session] = await ctx.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.congressId, congressId), o.sessionId ? eq(sessions.id, o.sessionId) : sql`true`))
    .orderBy(desc(sessions.year), desc(sessions.id))
    .limit(1);
  if (!session) throw notFound('会议届次');
  const [batch] = await ctx.db
    .insert(importBatches)
    .values({ congressId, sessionId: session.id, filename: o.filename, state: 'running', createdBy: ctx.actor.userId, createdAt: nowOf(ctx) })
    .returning();
  const done = runImport(ctx, batch, session, o).catch(async (e: unknown) => {
    // An unexpected failure still ends the batch, with nothing written (the transaction rolled back).
    const message = e instanceof Error ? e.message : String(e);
    return finish(ctx.db, batch.id, { state: 'failed', errors: [{ row: 0, message: `导入失败：${message}` }] });
  });
  return { batch, done };
}

async function finish(db: Db, id: number, patch: Partial<typeof importBatches.$inferInsert>): Promise<Batch> {
  const [b] = await db
    .update(importBatches)
    .set({ ...patch, finishedAt: new Date() })
    .where(eq(importBatches.id, id))
    .returning();
  return b;
}

async function runImport(ctx: { db: Db; actor: Actor; now?: Date }, batch: Batch, session: typeof sessions.$inferSelect, o: ImportInput): Promise<Batch> {
  const { db } = ctx;
  let t = Date.now();
  const phase = (name: 'read' | 'check' | 'write') => {
    o.onPhase?.(name, Date.now() - t);
    t = Date.now();
  };
  const body = await importBodyOf(db, batch.congressId);
  const sheet = await readImportWorkbook(o.buffer, body.kind);
  phase('read');
  const total = sheet.rows.length;
  if (sheet.errors.length) return finish(db, batch.id, { state: 'failed', total, errors: sheet.errors });
  if (!total) return finish(db, batch.id, { state: 'failed', errors: [{ row: 0, message: '文件中没有数据行' }] });
  await db.update(importBatches).set({ total }).where(eq(importBatches.id, batch.id));
  o.onProgress?.(0, total);

  const lookups = await loadLookups(db, body, session.id, todayInShanghai(nowOf(ctx)));
  const valid: ValidRow[] = [];
  const errors: ImportError[] = [];
  // Checked in slices so that the batch's progress is written (and can be polled) as it goes.
  for (let i = 0; i < total; i += PROGRESS_EVERY) {
    const r = validateRows(sheet.rows.slice(i, i + PROGRESS_EVERY), lookups);
    valid.push(...r.valid);
    errors.push(...r.errors);
    const processed = Math.min(i + PROGRESS_EVERY, total);
    await db.update(importBatches).set({ processed }).where(eq(importBatches.id, batch.id));
    o.onProgress?.(processed, total);
  }
  // Numbers repeated across slices are caught here, by the whole file.
  errors.push(...duplicatesAcrossSlices(sheet.rows));
  phase('check');
  if (errors.length) {
    errors.sort((a, b) => a.row - b.row);
    return finish(db, batch.id, { state: 'failed', processed: total, errors });
  }
  return db
    .transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      const clash = await writeItems(tx, ctx, batch, session, valid, body);
      if (clash.length) {
        // Numbers taken meanwhile (another import or submission): nothing of this one is kept.
        throw new NumbersTaken();
      }
      const [b] = await tx
        .update(importBatches)
        .set({ state: 'done', processed: total, imported: valid.length, finishedAt: new Date() })
        .where(eq(importBatches.id, batch.id))
        .returning();
      phase('write');
      return b;
    })
    .catch(async (e: unknown) => {
      if (e instanceof NumbersTaken) {
        const message = `导入期间本届次会议已有相同编号的${body.kind === 'proposal' ? '提案' : '建议'}，请重新导入`;
        return finish(db, batch.id, { state: 'failed', processed: total, errors: [{ row: 0, message }] });
      }
      throw e;
    });
}

class NumbersTaken extends Error {}

/** validateRows checks numbers within its slice; this finds a number repeated in another slice. */
function duplicatesAcrossSlices(rows: { row: number; values: { number?: string } }[]): ImportError[] {
  const first = new Map<string, number>();
  const out: ImportError[] = [];
  rows.forEach(({ row, values }, i) => {
    const n = values.number;
    if (!n) return;
    const f = first.get(n);
    if (f === undefined) first.set(n, i);
    else if (Math.floor(f / PROGRESS_EVERY) !== Math.floor(i / PROGRESS_EVERY)) {
      out.push({ row, column: '编号', message: `第 ${row} 行“编号”：编号 ${n} 与第 ${rows[f].row} 行重复` });
    }
  });
  return out;
}

/**
 * Writes the checked rows in one transaction with multi-row inserts: items
 * (accepted, or in handling when assigned), their signers, the assigned ones'
 * tasks and deadlines (computed by the same computeItemDeadlines as
 * recomputeDeadlines, from the rules profile of the session's year and the
 * calendar), and one 'importItem' event per item. Returns numbers that were
 * taken meanwhile (then the caller rolls back).
 */
async function writeItems(
  tx: Db,
  ctx: { actor: Actor; now?: Date },
  batch: Batch,
  session: typeof sessions.$inferSelect,
  rows: ValidRow[],
  body: ImportBody,
): Promise<string[]> {
  // The session row lock serializes numbering with submissions (they take it too).
  await tx.execute(sql`select id from sessions where id = ${session.id} for update`);
  const existing = new Set((await tx.select({ number: items.number }).from(items).where(eq(items.sessionId, session.id))).map((x) => x.number));
  const taken = rows.filter((r) => existing.has(r.number)).map((r) => r.number);
  if (taken.length) return taken;

  const rules = (await loadRules(tx, batch.congressId, session.year)).values;
  const cal = await loadCalendar(tx, batch.congressId);
  const now = nowOf(ctx);
  const actor = ctx.actor;

  const at = now.toISOString();
  const inserted = await bulkInsert<{ id: number; number: string }>(
    tx,
    'items',
    {
      congress_id: 'int',
      session_id: 'int',
      kind: 'text',
      number: 'text',
      title: 'text',
      body: 'text',
      category_id: 'int',
      period: 'text',
      state: 'text',
      lead_deputy_id: 'int',
      delegation_id: 'int',
      submitter_org_id: 'int',
      handling_mode: 'text',
      leading_leader: 'text',
      assigned_on: 'date',
      submitted_at: 'timestamptz',
      import_batch_id: 'int',
      updated_at: 'timestamptz',
    },
    rows.map((r) => ({
      congress_id: batch.congressId,
      session_id: session.id,
      kind: body.kind,
      number: r.number,
      title: r.title,
      body: r.body,
      category_id: r.categoryId,
      period: r.period,
      state: r.assignment ? 'handling' : 'accepted',
      lead_deputy_id: r.leadDeputyId,
      delegation_id: r.delegationId,
      submitter_org_id: r.submitterOrgId,
      handling_mode: r.assignment?.mode ?? null,
      leading_leader: r.assignment?.leadingLeader ?? null,
      assigned_on: r.assignment?.assignedOn ?? null,
      submitted_at: `${r.submittedOn}T00:00:00+08:00`,
      import_batch_id: batch.id,
      updated_at: at,
    })),
    'id, number',
  );
  const ids = new Map(inserted.map((x) => [x.number, x.id]));
  const itemId = (r: ValidRow) => ids.get(r.number)!;

  const signerColumns = { item_id: 'int', deputy_id: 'int', is_lead: 'boolean', status: 'text', responded_at: 'timestamptz' };
  await bulkInsert(
    tx,
    'item_signers',
    signerColumns,
    rows.flatMap((r) => [
      { item_id: itemId(r), deputy_id: r.leadDeputyId, is_lead: true, status: 'confirmed', responded_at: at },
      // Signatures collected on paper before the import: confirmed.
      ...r.cosignerIds.map((deputyId) => ({ item_id: itemId(r), deputy_id: deputyId, is_lead: false, status: 'confirmed', responded_at: at })),
    ]),
  );

  // Deadlines are computed before the tasks exist (the unit id stands in for the task id, unique per item),
  // so every task is inserted once with its due date and the item's dates are set in one statement.
  const assigned = rows.filter((r) => r.assignment);
  const computed = new Map<number, ReturnType<typeof computeItemDeadlines>>();
  for (const r of assigned) {
    const a = r.assignment!;
    computed.set(
      itemId(r),
      computeItemDeadlines(
        {
          state: 'handling',
          sessionYear: session.year,
          assignedOn: a.assignedOn,
          replyExtended: false,
          rehandleFrom: null,
          repliedOn: null,
          tasks: a.units.map((u) => ({ id: u.unitId, role: u.role, state: 'assigned', assignedOn: a.assignedOn })),
        },
        rules,
        cal,
        session.year,
      ),
    );
  }
  const insertedTasks = await bulkInsert<{ id: number; item_id: number; unit_id: number }>(
    tx,
    'tasks',
    {
      item_id: 'int',
      unit_id: 'int',
      role: 'text',
      state: 'text',
      assigned_on: 'date',
      due_date: 'date',
      due_provisional: 'boolean',
      created_at: 'timestamptz',
    },
    assigned.flatMap((r) =>
      r.assignment!.units.map((u) => {
        const due = computed.get(itemId(r))?.taskDue.get(u.unitId);
        return {
          item_id: itemId(r),
          unit_id: u.unitId,
          role: u.role,
          state: 'assigned',
          assigned_on: r.assignment!.assignedOn,
          due_date: due?.due ?? null,
          due_provisional: due?.provisional ?? false,
          created_at: at,
        };
      }),
    ),
    'id, item_id, unit_id',
  );
  const taskIds = new Map(insertedTasks.map((t) => [`${t.item_id}:${t.unit_id}`, t.id]));
  await bulkInsert(
    tx,
    'deadlines',
    { item_id: 'int', task_id: 'int', kind: 'text', base_date: 'date', due_date: 'date', rule: 'jsonb', provisional: 'boolean', computed_at: 'timestamptz' },
    [...computed].flatMap(([id, c]) =>
      c.deadlines.map((d) => ({
        item_id: id,
        task_id: d.taskId === null ? null : taskIds.get(`${id}:${d.taskId}`)!,
        kind: d.kind,
        base_date: d.baseDate,
        due_date: d.dueDate,
        rule: d.rule,
        provisional: d.provisional,
        computed_at: at,
      })),
    ),
  );
  if (computed.size) {
    const dates = JSON.stringify([...computed].map(([id, c]) => ({ id, reply_due: c.replyDue, current_due: c.currentDue, prov: c.currentDueProvisional })));
    await tx.execute(sql`update items set reply_due = v.reply_due, current_due = v.current_due, current_due_provisional = v.prov
      from jsonb_to_recordset(${dates}::jsonb) as v(id int, reply_due date, current_due date, prov boolean) where items.id = v.id`);
  }

  await bulkInsert(
    tx,
    'item_events',
    { item_id: 'int', type: 'text', actor_user_id: 'int', actor_role: 'text', actor_name: 'text', at: 'timestamptz', to_state: 'text', payload: 'jsonb' },
    rows.map((r) => ({
      item_id: itemId(r),
      type: 'importItem' satisfies EventType,
      actor_user_id: actor.userId,
      actor_role: actor.userRole,
      actor_name: actor.name,
      at,
      to_state: r.assignment ? 'handling' : 'accepted',
      payload: {
        batchId: batch.id,
        filename: batch.filename,
        row: r.row,
        submittedOn: r.submittedOn,
        ...(r.submitterOrgId ? { submitterOrgId: r.submitterOrgId } : {}),
        ...(r.assignment
          ? { mode: r.assignment.mode, units: r.assignment.units, leadingLeader: r.assignment.leadingLeader, assignedOn: r.assignment.assignedOn }
          : {}),
      },
    })),
  );

  // Later submissions number after the highest imported "年份-序号" of the session's year.
  const re = new RegExp(`^${session.year}-(\\d+)$`);
  const highest = Math.max(0, ...rows.map((r) => Number(re.exec(r.number)?.[1] ?? 0)));
  if (highest)
    await tx
      .update(sessions)
      .set({ nextNumber: sql`greatest(${sessions.nextNumber}, ${highest + 1})` })
      .where(eq(sessions.id, session.id));
  return [];
}
