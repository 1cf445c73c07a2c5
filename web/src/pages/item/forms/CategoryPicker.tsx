import { TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../../api/client';
import type { Category } from '../../../api/types';
import { categoryTree } from '../../submit/category-tree';

let cache: Promise<Category[]> | null = null;

/** The congress's category tree, loaded once per page load (it changes rarely). */
export function useCategories(): Category[] | null {
  const [list, setList] = useState<Category[] | null>(null);
  useEffect(() => {
    let live = true;
    cache ??= api.listCategories().catch((e) => {
      cache = null;
      throw e;
    });
    cache.then(
      (c) => live && setList(c),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return list;
}

interface Props {
  value?: number;
  onChange?: (v: number | undefined) => void;
  id?: string;
}

/**
 * Picks the item's category (类别) from the tree: a top-level category or one of its
 * sub-categories (the statistics count a sub-category under its top level), searchable by name.
 */
export function CategoryPicker({ value, onChange, id }: Props) {
  const list = useCategories();
  const tree = useMemo(() => categoryTree(list ?? []), [list]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(v) => onChange?.(v as number | undefined)}
      treeData={tree}
      loading={list === null}
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder="选择类别（可输入名称搜索）"
      allowClear
      style={{ width: '100%' }}
      popupMatchSelectWidth
      listHeight={320}
    />
  );
}
