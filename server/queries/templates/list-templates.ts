import { and, asc, eq, sql } from 'drizzle-orm';
import { mayEditTemplate } from '../../../domain/templates/permissions';
import type { TemplateKind } from '../../../domain/templates/placeholders';
import type { Actor } from '../../auth/actor';
import { templateScope } from '../../auth/template-scope';
import type { Db } from '../../db/client';
import { organizations, replyTemplates, users } from '../../db/schema';

/** The templates and snippets the actor may use (templateScope): their unit's own first, then the shared ones; by kind and name. */
export async function listTemplates(db: Db, actor: Actor, o: { kind?: TemplateKind; templateId?: number } = {}) {
  const rows = await db
    .select({ t: replyTemplates, unitName: organizations.name, updatedByName: users.displayName })
    .from(replyTemplates)
    .leftJoin(organizations, eq(organizations.id, replyTemplates.unitId))
    .leftJoin(users, eq(users.id, replyTemplates.updatedBy))
    .where(
      and(
        templateScope(actor),
        o.kind ? eq(replyTemplates.kind, o.kind) : undefined,
        o.templateId !== undefined ? eq(replyTemplates.id, o.templateId) : undefined,
      ),
    )
    .orderBy(sql`${replyTemplates.unitId} is null`, asc(replyTemplates.kind), asc(replyTemplates.name), asc(replyTemplates.id));
  return rows.map(({ t, unitName, updatedByName }) => ({
    id: t.id,
    kind: t.kind,
    name: t.name,
    body: t.body,
    shared: t.unitId === null,
    unitName: t.unitId === null ? null : unitName,
    editable: mayEditTemplate(actor, t),
    version: t.version,
    updatedAt: t.updatedAt,
    updatedByName,
  }));
}

/** One template as the list shows it (the answer of a create or an update). */
export async function getTemplate(db: Db, actor: Actor, templateId: number) {
  const [row] = await listTemplates(db, actor, { templateId });
  return row;
}
