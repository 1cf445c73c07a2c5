import { Input, Select, Space } from 'antd';
import { DUTY_KINDS, DUTY_KIND_LABELS, type DutyKind } from '../../../../domain/duty/duty';
import type { DutyFilters as Filters, DutyList } from '../../api/duty';

/** The list's filters: delegation, a target short, the seed's flag, a name. */
export function DutyFilters({ data, value, onChange }: { data: DutyList; value: Filters; onChange: (f: Filters) => void }) {
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <Space wrap>
      {data.delegations.length > 1 && (
        <Select<number>
          allowClear
          aria-label="代表团"
          placeholder="全部代表团"
          style={{ width: 180 }}
          value={value.delegationId}
          onChange={(delegationId) => set({ delegationId })}
          options={data.delegations.map((d) => ({ value: d.id, label: d.name }))}
        />
      )}
      <Select<DutyKind>
        allowClear
        aria-label="未完成的目标任务"
        placeholder="未完成的目标任务"
        style={{ width: 190 }}
        value={value.short}
        onChange={(short) => set({ short })}
        options={DUTY_KINDS.map((k) => ({ value: k, label: `未完成：${DUTY_KIND_LABELS[k]}` }))}
      />
      <Select<'true' | 'false'>
        allowClear
        aria-label="评优和连任推荐"
        placeholder="评优和连任推荐"
        style={{ width: 170 }}
        value={value.notRecommendable}
        onChange={(notRecommendable) => set({ notRecommendable })}
        options={[
          { value: 'true', label: '不推荐评优和连任' },
          { value: 'false', label: '可推荐评优和连任' },
        ]}
      />
      <Input.Search
        allowClear
        aria-label="代表姓名"
        placeholder="代表姓名"
        style={{ width: 160 }}
        defaultValue={value.name}
        onSearch={(name) => set({ name: name.trim() || undefined })}
      />
    </Space>
  );
}
