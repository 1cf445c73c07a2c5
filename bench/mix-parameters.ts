/**
 * The mixed scenario's parameters (issue 18 §1), drawn from the bench data by SQL: the sessions, the units
 * with tasks, the states, a sample of items, the search words found in the data, the ledger's page count, and
 * the pools the writes take from — submitted items to review and the demo unit's items in handling to
 * record contacts on. Each run draws from these with a seeded generator.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/db/client';
import type { BenchDb } from './db';
import { discoverParameters } from './discover';
import { encodeLedgerCursor } from '../server/queries/ledger-cursor';

export interface MixParameters {
  items: number;
  sessions: number[];
  units: number[];
  states: string[];
  /** a sample of the congress's items, for item pages */
  itemIds: number[];
  /** the deputy account's items */
  deputyItemIds: number[];
  searchWords: string[];
  /** the last page of the unfiltered ledger at 20 rows */
  lastPage: number;
  /** keyset cursors (by number) spread over the ledger: where paging on from a deep page reads next */
  deepCursors: string[];
  /** submitted items, each reviewed once */
  reviewPool: { id: number; version: number }[];
  /** the demo unit's items in handling (unit-handler records contacts on them) */
  contactPool: number[];
}

const STATES = ['submitted', 'accepted', 'handling', 'replied', 'dissatisfied', 'rehandling', 'closed', 'referenceItem'];

export async function discoverMix(bench: BenchDb): Promise<MixParameters> {
  const base = await discoverParameters(bench, 'liaison');
  const { db } = bench;
  const congress = base.actor.congressId!;
  const sessions = (await queryRows<{ id: number }>(db, sql`select id from sessions where congress_id = ${congress} order by id`)).map((r) => r.id);
  const units = (
    await queryRows<{ id: number }>(
      db,
      sql`select distinct t.unit_id as id from tasks t join organizations o on o.id = t.unit_id where o.congress_id = ${congress}`,
    )
  ).map((r) => r.id);
  // A spread sample (every k-th id), not the first rows: pages of old and new items alike.
  const step = Math.max(1, Math.floor(base.items / 5000));
  const itemIds = (
    await queryRows<{ id: number }>(
      db,
      sql`select id from (select id, row_number() over (order by id) as n from items where congress_id = ${congress}) x where n % ${step} = 0`,
    )
  ).map((r) => r.id);
  const deputyItemIds = (
    await queryRows<{ id: number }>(
      db,
      sql`select sg.item_id as id from item_signers sg join users u on u.deputy_id = sg.deputy_id where u.username = 'deputy' limit 200`,
    )
  ).map((r) => r.id);
  const contactPool = (
    await queryRows<{ id: number }>(
      db,
      sql`select i.id from items i join tasks t on t.item_id = i.id and t.state = 'assigned' and t.role in ('lead','split')
          join users u on u.organization_id = t.unit_id and u.username = 'unit-handler'
          where i.state in ('handling','rehandling') order by i.id limit 5000`,
    )
  ).map((r) => r.id);
  // Every 97th sampled item's (number, id): the cursor the workbench sends for the page after that row.
  const deepCursors = (
    await queryRows<{ id: number; number: string }>(
      db,
      sql`select id, number from (select id, number, row_number() over (order by number, id) as n from items where congress_id = ${congress}) x where n % 97 = 0`,
    )
  ).map((r) => encodeLedgerCursor({ sort: 'number', key: r.number, id: r.id }));
  return {
    items: base.items,
    sessions,
    units,
    states: STATES,
    itemIds,
    deputyItemIds,
    searchWords: base.searchWords.map((w) => w.q),
    lastPage: Math.max(1, Math.ceil(base.items / 20)),
    deepCursors,
    reviewPool: base.writePool,
    contactPool,
  };
}
