import { Col, Table } from 'antd';
import { useMemo } from 'react';
import type { UnitPerformance } from '../../api/dashboard';
import { LIGHT_SHORT } from '../../lib/labels';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { barHeight, pct } from './format';
import { lightsOption, onTimeOption, rankByLights, rankByOnTime } from './options';

interface Loaded {
  data: { yellowDays: number; units: UnitPerformance[] } | null;
  loading: boolean;
  error: unknown;
  reload: () => void;
  narrow: boolean;
}

/** 各单位按期答复率 (sorted) and 各单位红黄绿灯 (stacked), from GET /api/statistics/unit-performance. */
export function UnitCharts({ data, loading, error, reload, narrow }: Loaded) {
  const onTime = useMemo(() => rankByOnTime(data?.units ?? []), [data]);
  const lights = useMemo(() => rankByLights(data?.units ?? []), [data]);
  const onTimeOpt = useMemo(() => onTimeOption(onTime, narrow), [onTime, narrow]);
  const lightsOpt = useMemo(() => lightsOption(lights, narrow), [lights, narrow]);
  const common = { loading, error, onRetry: reload, pending: !data && !error };
  const silent = (data?.units.length ?? 0) - onTime.length;
  return (
    <>
      <Col xs={24} xl={12}>
        <ChartCard
          {...common}
          title="各单位按期答复率"
          empty={onTime.length === 0}
          emptyText="暂无已答复的建议"
          chart={() => (
            <EChart
              option={onTimeOpt}
              height={barHeight(onTime.length)}
              label={`各单位按期答复率，从高到低：${onTime.map((u) => `${u.unitName}${pct(u.onTimeRate)}`).join('；')}`}
            />
          )}
          table={() => (
            <Table<UnitPerformance & { onTimeRate: number }>
              size="small"
              rowKey="unitId"
              pagination={false}
              dataSource={onTime}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: '承办单位', dataIndex: 'unitName' },
                { title: '主办', dataIndex: 'leadItems', align: 'right' },
                { title: '会办', dataIndex: 'coItems', align: 'right' },
                { title: '已答复', dataIndex: 'replied', align: 'right' },
                { title: '按期答复', dataIndex: 'onTime', align: 'right' },
                { title: '按期答复率', dataIndex: 'onTimeRate', align: 'right', render: (v: number) => pct(v) },
              ]}
            />
          )}
          footnote={`按期答复率 = 首次答复在答复期限内的件数 ÷ 已答复件数${silent > 0 ? `；另有 ${silent} 个单位尚无答复，未列入` : ''}`}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          {...common}
          title="各单位红黄绿灯"
          empty={lights.length === 0}
          emptyText="没有正在计时的办理期限"
          chart={() => (
            <EChart
              option={lightsOpt}
              height={barHeight(lights.length) + 24}
              label={`各单位红黄绿灯：${lights.map((u) => `${u.unitName}红灯${u.lights.red}、黄灯${u.lights.yellow}、绿灯${u.lights.green}`).join('；')}`}
            />
          )}
          table={() => (
            <Table<UnitPerformance>
              size="small"
              rowKey="unitId"
              pagination={false}
              dataSource={lights}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: '承办单位', dataIndex: 'unitName' },
                ...(['red', 'yellow', 'green'] as const).map((k) => ({
                  title: LIGHT_SHORT[k],
                  key: k,
                  align: 'right' as const,
                  render: (_: unknown, u: UnitPerformance) => u.lights[k],
                })),
              ]}
            />
          )}
          footnote={data ? `红灯：已超过期限；黄灯：${data.yellowDays} 天内到期；绿灯：正常。按单位承办（含会办）的在办件计，与台账一致。` : undefined}
        />
      </Col>
    </>
  );
}
