import { and, desc, eq, sql } from 'drizzle-orm';
import { notFound } from '../../domain/errors';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { suggestionDrafts } from '../db/schema';

const columns = {
  id: suggestionDrafts.id,
  sessionId: suggestionDrafts.sessionId,
  title: suggestionDrafts.title,
  body: suggestionDrafts.body,
  categoryId: suggestionDrafts.categoryId,
  period: suggestionDrafts.period,
  cosignerDeputyIds: suggestionDrafts.cosignerDeputyIds,
  version: suggestionDrafts.version,
  updatedAt: suggestionDrafts.updatedAt,
  // The cosigners' names, so the resumed form shows them as it did when saved.
  cosigners: sql<{ id: number; name: string }[]>`coalesce((select json_agg(json_build_object('id', d.id, 'name', d.name) order by d.id) from deputies d
    where d.id in (select jsonb_array_elements_text(${suggestionDrafts.cosignerDeputyIds})::int)), '[]'::json)`,
};

/** The signed-in deputy's drafts, the latest edited first (nobody else's, ever). */
export async function listSuggestionDrafts(db: Db, actor: Actor) {
  return db
    .select(columns)
    .from(suggestionDrafts)
    .where(eq(suggestionDrafts.deputyId, actor.deputyId ?? -1))
    .orderBy(desc(suggestionDrafts.updatedAt), desc(suggestionDrafts.id));
}

/** One of the deputy's own drafts; another's answers as not found. */
export async function readSuggestionDraft(db: Db, actor: Actor, draftId: number) {
  const [row] = await db
    .select()
    .from(suggestionDrafts)
    .where(and(eq(suggestionDrafts.id, draftId), eq(suggestionDrafts.deputyId, actor.deputyId ?? -1)));
  if (!row) throw notFound('草稿');
  return row;
}
