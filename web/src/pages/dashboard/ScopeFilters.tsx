import { DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import type { NamedOption, StatsScope } from '../../api/dashboard';
import type { Category, Session } from '../../api/types';

export interface ScopeOptions {
  sessions: Session[];
  units: NamedOption[];
  categories: Category[];
  delegations: NamedOption[];
}

/** Categories as a flat list, each sub-category indented under its parent. */
function categoryOptions(cats: Category[]) {
  const top = cats.filter((c) => c.parentId === null);
  return top.flatMap((t) => [
    { value: t.id, label: t.name },
    ...cats.filter((c) => c.parentId === t.id).map((c) => ({ value: c.id, label: `\u3000${c.name}` })),
  ]);
}

/**
 * The R-STAT-1 scope of the dashboard: session, unit, category, delegation
 * and the period the items were submitted in. The unit filter is offered
 * only to those who see every unit (`showUnits`).
 */
export function ScopeFilters({
  scope,
  onChange,
  options,
  showUnits,
}: {
  scope: StatsScope;
  onChange: (s: StatsScope) => void;
  options: ScopeOptions;
  showUnits: boolean;
}) {
  const set = (patch: Partial<StatsScope>) => onChange({ ...scope, ...patch });
  const common = { allowClear: true, showSearch: { optionFilterProp: 'label' }, className: 'dashboard-filter' } as const;
  return (
    <div className="dashboard-filters" role="search" aria-label="统计范围">
      <Select
        {...common}
        aria-label="届次"
        placeholder="全部届次"
        value={scope.sessionId}
        onChange={(v?: number) => set({ sessionId: v })}
        options={options.sessions.map((s) => ({ value: s.id, label: s.name }))}
      />
      {showUnits && (
        <Select
          {...common}
          aria-label="承办单位"
          placeholder="全部承办单位"
          value={scope.unitId}
          onChange={(v?: number) => set({ unitId: v })}
          options={options.units.map((u) => ({ value: u.id, label: u.name }))}
        />
      )}
      <Select
        {...common}
        aria-label="类别"
        placeholder="全部类别"
        value={scope.categoryId}
        onChange={(v?: number) => set({ categoryId: v })}
        options={categoryOptions(options.categories)}
      />
      <Select
        {...common}
        aria-label="代表团"
        placeholder="全部代表团"
        value={scope.delegationId}
        onChange={(v?: number) => set({ delegationId: v })}
        options={options.delegations.map((d) => ({ value: d.id, label: d.name }))}
      />
      <DatePicker.RangePicker
        className="dashboard-filter dashboard-range"
        aria-label="提出日期"
        placeholder={['提出日期自', '至']}
        inputReadOnly
        value={scope.from && scope.to ? [dayjs(scope.from), dayjs(scope.to)] : null}
        onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
      />
    </div>
  );
}
