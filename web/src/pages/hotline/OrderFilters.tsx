import { Button, Checkbox, DatePicker, Input, Select } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { URGENCIES, URGENCY_LABELS, WORK_ORDER_STATES, WORK_ORDER_STATE_LABELS } from '../../../../domain/hotline/orders';
import type { Catalogue } from '../../api/hotline';
import type { OrderFilters as Filters } from './query';

interface Props {
  filters: Filters;
  update: (patch: Partial<Filters>) => void;
  reset: () => void;
  filtered: boolean;
  mobile: boolean;
  /** the units, categories and places to filter by (the dispatch catalogue), where the viewer reads it */
  catalogue: Catalogue | null;
  /** a deputy's own few orders: state and search are enough */
  simple?: boolean;
}

const selectWidth = (mobile: boolean, w: number) => (mobile ? { width: '100%' } : { width: w });

/** The ledger's filters: state, urgency, unit, category, place, month of the call, overdue only, and words. */
export function OrderFilters({ filters: f, update, reset, filtered, mobile, catalogue, simple }: Props) {
  const categories = [...new Set(catalogue?.entries.map((e) => e.category) ?? [])];
  // On a phone the rarer filters fold away behind 更多筛选 (open when one of them is set).
  const [more, setMore] = useState(Boolean(f.urgency || f.unitId || f.category || f.placeCongressId || f.month || f.overdue));
  const rest = !simple && (!mobile || more);
  return (
    <div className={mobile ? 'hotline-filters hotline-filters-mobile' : 'hotline-filters'}>
      <Input.Search
        allowClear
        aria-label="搜索工单"
        placeholder="工单编号、来电号码、代表姓名或内容"
        defaultValue={f.q}
        key={f.q}
        onSearch={(q) => update({ q })}
        style={selectWidth(mobile, 280)}
      />
      <Select
        allowClear
        aria-label="工单状态"
        placeholder="全部状态"
        value={f.state}
        onChange={(state) => update({ state })}
        options={WORK_ORDER_STATES.map((s) => ({ value: s, label: WORK_ORDER_STATE_LABELS[s] }))}
        style={selectWidth(mobile, 130)}
      />
      {mobile && !simple && !more && (
        <Button type="link" onClick={() => setMore(true)} style={{ paddingInline: 0, alignSelf: 'flex-start' }}>
          更多筛选
        </Button>
      )}
      {rest && (
        <>
          <Select
            allowClear
            aria-label="紧急程度"
            placeholder="紧急程度"
            value={f.urgency}
            onChange={(urgency) => update({ urgency })}
            options={URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u] }))}
            style={selectWidth(mobile, 110)}
          />
          {catalogue && (
            <>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                aria-label="承办单位"
                placeholder="承办单位"
                value={f.unitId}
                onChange={(unitId) => update({ unitId })}
                options={catalogue.units.map((u) => ({ value: u.id, label: u.name }))}
                style={selectWidth(mobile, 170)}
              />
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                aria-label="事件分类"
                placeholder="事件分类"
                value={f.category}
                onChange={(category) => update({ category })}
                options={categories.map((c) => ({ value: c, label: c }))}
                style={selectWidth(mobile, 130)}
              />
              {catalogue.places.length > 0 && (
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  aria-label="属地"
                  placeholder="属地"
                  value={f.placeCongressId}
                  onChange={(placeCongressId) => update({ placeCongressId })}
                  options={catalogue.places.map((p) => ({ value: p.id, label: p.name.replace(/人民代表大会$/, '') }))}
                  style={selectWidth(mobile, 130)}
                />
              )}
            </>
          )}
          <DatePicker
            picker="month"
            aria-label="来电月份"
            placeholder="来电月份"
            inputReadOnly
            value={f.month ? dayjs(`${f.month}-01`) : null}
            onChange={(d) => update({ month: d ? d.format('YYYY-MM') : undefined })}
            style={selectWidth(mobile, 130)}
          />
          <Checkbox checked={f.overdue} onChange={(e) => update({ overdue: e.target.checked })}>
            只看超期
          </Checkbox>
        </>
      )}
      {filtered && (
        <Button type="link" onClick={reset} style={{ paddingInline: 0 }}>
          清除筛选
        </Button>
      )}
    </div>
  );
}
