/**
 * The tree of bodies (issue 16 §1): a body and every body below it, found by walking parent_id down.
 * CPPCC committees come along beside the congresses of their level.
 */
import { sql } from 'drizzle-orm';
import { forbidden, notFound } from '../../../domain/errors';
import { LEVEL_LABELS, type Body, type Level } from '../../../domain/levels/levels';
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';

export interface TreeNode {
  id: number;
  name: string;
  level: Level;
  levelLabel: string;
  body: Body;
  parentId: number | null;
  besideId: number | null;
}

/** `rootId` and everything below it, each body once, the higher levels first. */
export async function subtree(db: Db, rootId: number): Promise<TreeNode[]> {
  const rows = await queryRows<{ id: number; name: string; level: Level; body: Body; parent_id: number | null; beside_id: number | null }>(
    db,
    sql`with recursive down as (
          select id from congresses where id = ${rootId}
          union
          select c.id from congresses c join down on c.parent_id = down.id or c.beside_id = down.id)
        select c.id, c.name, c.level, c.body, c.parent_id, c.beside_id
        from congresses c join down using (id)
        order by array_position(array['national','province','city','county','township'], c.level), c.body, c.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level,
    levelLabel: LEVEL_LABELS[r.level],
    body: r.body,
    parentId: r.parent_id,
    besideId: r.beside_id,
  }));
}

/** The viewer's body and those below it (offices and supervisors). */
export async function viewerTree(db: Db, actor: Actor) {
  if (!actor.congressId) throw forbidden('noCongress');
  return { root: actor.congressId, nodes: await subtree(db, actor.congressId) };
}

/**
 * A body the viewer may look into: its own or one below it. Anything else is not found — another
 * branch of the tree is not the viewer's to know about.
 */
export async function bodyInViewerTree(db: Db, actor: Actor, congressId: number): Promise<{ node: TreeNode; path: TreeNode[]; below: TreeNode[] }> {
  if (!actor.congressId) throw forbidden('noCongress');
  const nodes = await subtree(db, actor.congressId);
  const node = nodes.find((n) => n.id === congressId);
  if (!node) throw notFound('人大或政协');
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path: TreeNode[] = [];
  for (let n: TreeNode | undefined = node; n; n = n.id === actor.congressId ? undefined : byId.get(n.parentId ?? n.besideId ?? -1)) path.unshift(n);
  // The body and every body below it, from the same walk (a subtree of the viewer's is a part of it).
  const below: TreeNode[] = [];
  const inside = new Set([node.id]);
  for (const n of nodes) {
    if (n.id === node.id || inside.has(n.parentId ?? -1) || inside.has(n.besideId ?? -1)) {
      inside.add(n.id);
      below.push(n);
    }
  }
  return { node, path, below };
}
