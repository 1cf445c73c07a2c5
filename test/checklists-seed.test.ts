import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../server/db/client';
import { seedChecklists } from '../server/seed/demo-checklists';
import { createCounty } from './helpers/county';
import { freshDatabase } from './helpers/db';

/**
 * The demo's checklists (server/seed/demo-checklists.ts) on a county of twelve townships like the
 * demo's tree: the seed's proportions, every step through the use cases (a history for each), a
 * finished 2025 assessment with its ranking, nothing dated after the seed's present.
 */
describe('the demo’s township checklists', () => {
  it('eight quarterly checklists of 89 entries (21 statutory, 49 deputy work, 19 central work), reports, visits, meetings and a finished 2025 assessment', async () => {
    const d = await freshDatabase('pglite');
    try {
      const { fixture } = await createCounty(d.db, 12);
      const now = new Date('2026-12-07T10:00:00+08:00');
      const started = Date.now();
      const r = await seedChecklists(d.db, fixture, now);
      console.info(`[demo checklists] ${JSON.stringify(r)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(r).toMatchObject({ checklists: 8, entries: 89 });
      const rows = async <T>(q: ReturnType<typeof sql>) => queryRows<T>(d.db, q);
      const types = await rows<{ type: string; n: number }>(sql`select type, count(*)::int as n from checklist_entries group by type order by type`);
      expect(Object.fromEntries(types.map((t) => [t.type, t.n]))).toEqual({ statutory: 21, deputyWork: 49, centralWork: 19 });
      const states = await rows<{ state: string; n: number; copied: number }>(
        sql`select state, count(*)::int as n, count(copied_from_id)::int as copied from checklists group by state`,
      );
      expect(states).toEqual([{ state: 'issued', n: 8, copied: 4 }]);
      // 12 townships × 89 entries, reported as their records go: most on time, some late, in progress, not done, a few not yet.
      const statuses = Object.fromEntries(
        (await rows<{ status: string; n: number }>(sql`select status, count(*)::int as n from checklist_reports group by status`)).map((s) => [s.status, s.n]),
      );
      expect(Object.values(statuses).reduce((a, b) => a + b, 0)).toBe(12 * 89);
      expect(statuses.done).toBeGreaterThan(800);
      for (const s of ['pending', 'inProgress', 'notDone']) expect(statuses[s], s).toBeGreaterThan(0);
      const [late] = await rows<{ n: number }>(
        sql`select count(*)::int as n from checklist_reports r join checklist_entries e on e.id = r.checklist_entry_id where r.done_on > e.due_on`,
      );
      expect(late.n).toBeGreaterThan(20);
      expect(r.visits).toBe(12 * 8);
      expect(r.meetings).toBe(7);
      // Every report has its event; nothing happened after the seed's present.
      const [ev] = await rows<{ reports: number; after: number }>(
        sql`select count(*) filter (where type = 'reportChecklistEntry')::int as reports, count(*) filter (where at > ${now})::int as after from checklist_events`,
      );
      expect(ev).toEqual({ reports: r.reports, after: 0 });
      const assessments = await rows<{ year: number; state: string }>(sql`select year, state from township_assessments order by year`);
      expect(assessments).toEqual([
        { year: 2025, state: 'finalized' },
        { year: 2026, state: 'draft' },
      ]);
      const [scores] = await rows<{ auto: number; manual: number }>(
        sql`select count(auto_points)::int as auto, count(manual_points)::int as manual from assessment_scores s join township_assessments a on a.id = s.assessment_id where a.year = 2025`,
      );
      expect(scores.auto).toBeGreaterThan(12 * 4);
      expect(scores.manual).toBe(12);
    } finally {
      await d.close();
    }
  }, 300_000);
});
