/**
 * A new work order (issue 15 §1, R-LINE-1 受理): typed by the hotline office while the deputy is on
 * the line, or filed by a deputy on the phone page. The deputy filing is the caller themself (their
 * number from their record unless they give one); for the hotline office the caller is matched from
 * the number (confirmed later: confirm-work-order-caller.ts) unless it names the deputy.
 */
import type { z } from 'zod';
import type { createWorkOrderBody } from '../../../domain/contracts/hotline';
import { fieldError, forbidden } from '../../../domain/errors';
import { hotlineScope } from '../../auth/hotline-scope';
import type { Db } from '../../db/client';
import { nowOf, type Ctx } from '../lib/run';
import { checkPlace, deputyOf, insertOrder, matchDeputy, resolveCategory } from './intake';

export async function createWorkOrder(ctx: Ctx, body: z.output<typeof createWorkOrderBody>): Promise<{ id: number; number: string }> {
  const scope = await hotlineScope(ctx.db, ctx.actor);
  if (scope.kind !== 'office' && scope.kind !== 'deputy') throw forbidden();
  const now = nowOf(ctx);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const congressId = scope.congressId;
    const { catalogueId, category } = await resolveCategory(tx, congressId, body.catalogueId, body.category);
    const placeCongressId = await checkPlace(tx, congressId, body.placeCongressId);
    let deputy: { id: number; name: string } | null;
    let callerPhone = body.callerPhone;
    let confirmed: boolean;
    if (scope.kind === 'deputy') {
      // A deputy files their own call: whatever deputyId the body names, the caller is themself.
      const me = await deputyOf(tx, congressId, scope.deputyId);
      deputy = { id: me.id, name: me.name };
      callerPhone ??= me.phone ?? undefined;
      confirmed = true;
    } else if (body.deputyId != null) {
      const d = await deputyOf(tx, congressId, body.deputyId);
      deputy = { id: d.id, name: d.name };
      confirmed = true;
    } else {
      deputy = callerPhone ? await matchDeputy(tx, congressId, callerPhone) : null;
      confirmed = false;
    }
    if (!callerPhone) throw fieldError('HOTLINE_NO_CALLER_PHONE', 'callerPhone');
    const row = await insertOrder(
      tx,
      ctx,
      {
        congressId,
        source: scope.kind === 'deputy' ? 'deputy' : 'hotlineOffice',
        callerPhone,
        deputy,
        deputyConfirmed: confirmed,
        catalogueId,
        category,
        content: body.content,
        calledAt: body.calledAt ? new Date(body.calledAt) : now,
        urgency: body.urgency,
        placeCongressId,
        placeName: body.placeName ?? null,
        createdBy: ctx.actor.userId,
      },
      now,
    );
    return { id: row.id, number: row.number };
  });
}
