/** What writing a template shares: who owns it, and names unique per owner (checked first, and the unique index's answer alike). */
import { and, eq, isNull, ne } from 'drizzle-orm';
import { domainError, forbidden } from '../../../domain/errors';
import { mayEditTemplate, templateOwnerOf } from '../../../domain/templates/permissions';
import type { Actor } from '../../auth/actor';
import type { TemplateRow } from '../../auth/template-scope';
import type { Db } from '../../db/client';
import { replyTemplates } from '../../db/schema';

export const nameTaken = (name: string, shared: boolean) => domainError('TEMPLATE_NAME_TAKEN', { name, shared });

/** A concurrent insert of the same name loses on the unique index: answer it like the pre-check does. */
export function isUniqueViolation(e: unknown): boolean {
  const x = e as { code?: string; cause?: { code?: string } };
  return (x.cause?.code ?? x.code) === '23505';
}

/** The owner of the templates the actor writes: their congress and unit (null: shared), or 403. */
export function ownerOf(actor: Actor): { congressId: number; unitId: number | null } {
  const owner = templateOwnerOf(actor);
  if (owner === null) throw forbidden('templateWritersOnly');
  if (actor.congressId === null) throw forbidden('noCongress');
  return { congressId: actor.congressId, unitId: owner === 'shared' ? null : owner };
}

/** A template the actor sees but may not change: a shared one for a unit, or one of their unit for its leader. */
export function assertMayEdit(actor: Actor, t: TemplateRow) {
  if (mayEditTemplate(actor, t)) return;
  throw forbidden(t.unitId === null && templateOwnerOf(actor) !== null ? 'sharedTemplatesLiaisonOnly' : 'templateWritersOnly');
}

export async function assertNameFree(tx: Db, owner: { congressId: number; unitId: number | null }, name: string, exceptId?: number) {
  const [clash] = await tx
    .select({ id: replyTemplates.id })
    .from(replyTemplates)
    .where(
      and(
        owner.unitId === null ? and(eq(replyTemplates.congressId, owner.congressId), isNull(replyTemplates.unitId)) : eq(replyTemplates.unitId, owner.unitId),
        eq(replyTemplates.name, name),
        exceptId ? ne(replyTemplates.id, exceptId) : undefined,
      ),
    );
  if (clash) throw nameTaken(name, owner.unitId === null);
}
