import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { INACTIVE_TASK_STATES, OPEN_HANDLING_STATES } from '../../domain/items/states';
import { items } from './schema';
import { stateIn, stateNotIn } from './state-sql';

const render = (q: Parameters<PgDialect['sqlToQuery']>[0]) => new PgDialect().sqlToQuery(q);

describe('stateIn / stateNotIn', () => {
  it('binds a named group as parameters', () => {
    expect(render(stateIn('items.state', OPEN_HANDLING_STATES))).toMatchObject({ sql: 'items.state in ($1, $2)', params: ['handling', 'rehandling'] });
    expect(render(stateIn(items.state, OPEN_HANDLING_STATES)).sql).toBe('"items"."state" in ($1, $2)');
  });
  it('writes literals when asked, for a partial index to recognise', () => {
    expect(render(stateNotIn('t.state', INACTIVE_TASK_STATES, { literals: true }))).toMatchObject({ sql: "t.state not in ('withdrawn','draft')", params: [] });
  });
  it('refuses anything but a column name and state names', () => {
    expect(() => stateIn('t.state; drop table items', ['handling'])).toThrow();
    expect(() => stateIn('t.state', ["x') or ('1"], { literals: true })).toThrow();
    expect(() => stateIn('t.state', [])).toThrow();
  });
});
