import { domainError } from '../../../domain/errors';
import { adminCongressOf } from '../../auth/admin-congress';
import { organizations } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { inTransaction, writeAudit } from './admin-scope';
import { checkDivisionParent, checkOrganizationName } from './organization-checks';

export type CreatableOrgKind = 'unit' | 'division' | 'delegation' | 'committee' | 'sector' | 'participatingOrganization';

/** What each kind of body holds (§1, §8): a CPPCC committee has no units of its own (the congress's handle its proposals). */
const KINDS_OF_BODY: Record<'congress' | 'cppcc', readonly CreatableOrgKind[]> = {
  congress: ['unit', 'division', 'delegation', 'committee'],
  cppcc: ['sector', 'participatingOrganization', 'committee'],
};

/** §1: handling units, their divisions, delegations and committees of the administrator's congress; a CPPCC committee's sectors, parties and organizations. */
export async function createOrganization(
  ctx: Ctx,
  o: { kind: CreatableOrgKind; name: string; shortName?: string | null; parentId?: number | null; isGovernment?: boolean },
) {
  const congressId = adminCongressOf(ctx.actor);
  if (!KINDS_OF_BODY[ctx.actor.body].includes(o.kind)) throw domainError('ORG_KIND_NOT_OF_BODY', { variant: ctx.actor.body });
  return inTransaction(ctx, async (tx) => {
    if (o.kind === 'division') await checkDivisionParent(tx, congressId, o.parentId);
    else if (o.parentId) throw domainError('UNEXPECTED_PARENT');
    await checkOrganizationName(tx, congressId, o.kind, o.name);
    const [row] = await tx
      .insert(organizations)
      .values({
        congressId,
        kind: o.kind,
        name: o.name,
        shortName: o.shortName ?? null,
        parentId: o.parentId ?? null,
        isGovernment: o.isGovernment ?? ctx.actor.body !== 'cppcc',
      })
      .returning();
    await writeAudit(tx, ctx, 'createOrganization', { id: row.id, kind: o.kind, name: o.name });
    return row;
  });
}
