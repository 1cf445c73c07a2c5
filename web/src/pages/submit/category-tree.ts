import type { Category } from '../../api/types';

interface TreeNode {
  value: number;
  title: string;
  children?: TreeNode[];
}

/** The categories as the tree of the category picker, each level in its sort order. */
export function categoryTree(list: Category[]): TreeNode[] {
  const byParent = new Map<number | null, Category[]>();
  for (const c of list) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c]);
  const build = (parent: number | null): TreeNode[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => a.sort - b.sort || a.id - b.id)
      .map((c) => {
        const children = build(c.id);
        return children.length ? { value: c.id, title: c.name, children } : { value: c.id, title: c.name };
      });
  return build(null);
}
