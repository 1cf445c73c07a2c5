import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { actions, type UnitOption } from '../../../api/actions';

let cache: Promise<UnitOption[]> | null = null;

/** The congress's handling units, loaded once per page load (they change rarely). */
export function useUnits(): UnitOption[] | null {
  const [units, setUnits] = useState<UnitOption[] | null>(null);
  useEffect(() => {
    let live = true;
    cache ??= actions.listUnits().catch((e) => {
      cache = null;
      throw e;
    });
    cache.then(
      (u) => live && setUnits(u.filter((x) => x.active)),
      () => live && setUnits([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return units;
}

interface Props {
  value?: number | number[];
  onChange?: (v: number | number[] | undefined) => void;
  multiple?: boolean;
  exclude?: number[];
  placeholder?: string;
  id?: string;
}

/**
 * Picks units from the tree of the congress's units: government departments
 * and the other bodies (courts, procuratorates, people's organisations)
 * as two branches, searchable by name or short name.
 */
export function UnitPicker({ value, onChange, multiple, exclude = [], placeholder, id }: Props) {
  const units = useUnits();
  const leaf = (u: UnitOption) => ({
    value: u.id,
    title: u.name,
    label: u.shortName ? `${u.name}（${u.shortName}）` : u.name,
    disabled: exclude.includes(u.id),
  });
  const branch = (key: string, title: string, list: UnitOption[]) =>
    list.length ? [{ value: key, title, selectable: false, checkable: false, children: list.map(leaf) }] : [];
  const all = units ?? [];
  const treeData = [
    ...branch(
      'gov',
      '政府组成部门及直属机构',
      all.filter((u) => u.isGovernment),
    ),
    ...branch(
      'other',
      '其他承办单位',
      all.filter((u) => !u.isGovernment),
    ),
  ];
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(v) => onChange?.(v as number | number[] | undefined)}
      treeData={treeData}
      multiple={multiple}
      loading={units === null}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'label' }}
      treeNodeLabelProp="title"
      placeholder={placeholder ?? '选择承办单位（可输入名称搜索）'}
      allowClear
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      listHeight={320}
    />
  );
}
