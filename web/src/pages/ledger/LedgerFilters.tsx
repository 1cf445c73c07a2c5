import { FilterOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { HANDLING_MODES, type HandlingMode } from '../../../../domain/items/kinds';
import { ITEM_STATES } from '../../../../domain/items/states';
import type { Light, SortField } from '../../api/types';
import { HANDLING_MODE_LABELS, ITEM_STATE_LABELS, LIGHT_COLORS, LIGHT_SHORT } from '../../lib/labels';
import { wordsOf } from '../../lib/words';
import { LEDGER_KINDS, type LedgerKind, type LedgerQuery, type UnitSystem } from './query';

const LIGHTS = ['red', 'yellow', 'green'] as const;

const stateOptions = ITEM_STATES.map((s) => ({ value: s, label: ITEM_STATE_LABELS[s] }));
const lightOptions = [
  ...LIGHTS.map((l) => ({
    value: l,
    label: (
      <Space size={6}>
        <span className="light-dot" style={{ background: LIGHT_COLORS[l] }} />
        {LIGHT_SHORT[l]}
      </Space>
    ),
  })),
  { value: 'none', label: <span className="muted">无期限</span> },
];
const kindOptions = LEDGER_KINDS.map((k) => ({ value: k, label: wordsOf(k).item }));
const modeOptions = HANDLING_MODES.map((m) => ({ value: m, label: HANDLING_MODE_LABELS[m] }));
const systemOptions: { value: UnitSystem; label: string }[] = [
  { value: 'all', label: '全部承办单位' },
  { value: 'government', label: '政府系统' },
  { value: 'other', label: '非政府系统' },
];

interface Props {
  query: LedgerQuery;
  update: (patch: Partial<LedgerQuery>) => void;
  reset: () => void;
  /** Whether any filter (or search) is in effect. */
  filtered: boolean;
  review: boolean;
  mobile: boolean;
  /** offices and supervisors: the 承办系统 filter */
  systems?: boolean;
  /** those who handle both streams (the government office, units): 建议 or 提案 (§8) */
  kinds?: boolean;
}

/** The ledger's search box, filters and (on phones) sort picker. */
export function LedgerFilters({ query, update, reset, filtered, review, mobile, systems, kinds }: Props) {
  const [searchText, setSearchText] = useState(query.q);
  const [showFilters, setShowFilters] = useState(false);

  // keep the search box in step with the URL (back/forward); set while rendering, as React advises
  const [syncedQ, setSyncedQ] = useState(query.q);
  if (syncedQ !== query.q) {
    setSyncedQ(query.q);
    setSearchText(query.q);
  }

  return (
    <div className={mobile ? 'ledger-filters ledger-filters-mobile' : 'ledger-filters'}>
      <Input.Search
        allowClear
        placeholder="搜索标题、编号或正文"
        value={searchText}
        onChange={(e) => setSearchText(e.target.value)}
        onSearch={(v) => update({ q: v.trim() })}
        maxLength={100}
        style={mobile ? { width: '100%' } : { width: 260 }}
        enterButton={mobile ? undefined : '搜索'}
      />
      {mobile && (
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          {review ? (
            <span />
          ) : (
            <Button icon={<FilterOutlined />} onClick={() => setShowFilters((v) => !v)} type={filtered ? 'primary' : 'default'} ghost={filtered}>
              筛选{filtered ? '（已启用）' : ''}
            </Button>
          )}
          <Select
            aria-label="排序"
            value={`${query.sort}:${query.order}`}
            onChange={(v: string) => {
              const [sort, order] = v.split(':') as [SortField, 'asc' | 'desc'];
              update({ sort, order });
            }}
            options={[
              { value: 'number:desc', label: '最新提出在前' },
              { value: 'number:asc', label: '编号从小到大' },
              { value: 'due:asc', label: '期限最近在前' },
            ]}
            style={{ width: 150 }}
          />
        </Space>
      )}
      {(!mobile || showFilters) && !review && (
        <>
          {kinds && (
            <Select
              allowClear
              placeholder="建议和提案"
              aria-label="类型"
              value={query.kind}
              onChange={(v?: LedgerKind) => update({ kind: v })}
              options={kindOptions}
              style={mobile ? { width: '100%' } : { width: 120 }}
            />
          )}
          <Select
            mode="multiple"
            allowClear
            placeholder="状态"
            aria-label="状态"
            value={query.state}
            onChange={(v: string[]) => update({ state: v })}
            options={stateOptions}
            maxTagCount="responsive"
            style={mobile ? { width: '100%' } : { minWidth: 200, maxWidth: 320 }}
            showSearch={{ optionFilterProp: 'label' }}
          />
          <Select
            allowClear
            placeholder="红黄绿灯"
            aria-label="红黄绿灯"
            value={query.light}
            onChange={(v?: Light) => update({ light: v })}
            options={lightOptions}
            style={mobile ? { width: '100%' } : { width: 130 }}
          />
          <Select
            allowClear
            placeholder="办理方式"
            aria-label="办理方式"
            value={query.mode}
            onChange={(v?: HandlingMode) => update({ mode: v })}
            options={modeOptions}
            style={mobile ? { width: '100%' } : { width: 130 }}
          />
          {systems && (
            <Select
              aria-label="承办系统"
              value={query.system}
              onChange={(v: UnitSystem) => update({ system: v })}
              options={systemOptions}
              style={mobile ? { width: '100%' } : { width: 140 }}
            />
          )}
        </>
      )}
      {filtered && (!mobile || showFilters) && (
        <Button type="link" onClick={reset}>
          清除筛选
        </Button>
      )}
    </div>
  );
}
