import { Alert, Card, Col, Skeleton, Table, Tag, Tooltip } from 'antd';
import type { Target, TargetsAnswer } from '../../api/dashboard';
import { LoadError } from '../../components/PageStates';
import { pct } from './format';

type UnitShort = Target['unitsShort'][number];

/** A target as the rules set it: 100%, 95%, 97.5%. */
const goal = (t: number) => `${Number(t.toFixed(2))}%`;

/** 98.50%（197/200）, or a dash when there is nothing to count. */
function figureText(value: number | null, numerator: number, denominator: number): string {
  return denominator === 0 ? '—（暂无可计算的件）' : `${pct(value)}（${numerator}/${denominator}）`;
}

/** The units short of one target: name, figure, numerator over denominator. */
function UnitsShort({ units }: { units: UnitShort[] }) {
  return (
    <Table<UnitShort>
      size="small"
      rowKey="unitId"
      pagination={false}
      dataSource={units}
      className="targets-units"
      columns={[
        { title: '未达标单位', dataIndex: 'unitName' },
        { title: '完成情况', key: 'figure', align: 'right', render: (_, u) => figureText(u.figure, u.numerator, u.denominator) },
      ]}
    />
  );
}

/**
 * 目标完成情况: each target of the rules profile (七个百分之百 and the like) with the scope's figure, whether it is
 * met, and the units short of it (expand a row). Nothing when no target is set; offices get a hint where to set them.
 */
export function TargetsPanel(p: { data: TargetsAnswer | null; loading: boolean; error: unknown; reload: () => void; hint: boolean }) {
  if (p.data && p.data.targets.length === 0) {
    return p.hint ? (
      <Col xs={24}>
        <Alert type="info" showIcon title="尚未设置办理目标。如需对照“七个百分之百”等目标，请系统管理员在“规则配置”的“办理目标”中设置。" />
      </Col>
    ) : null;
  }
  const title = `目标完成情况 — ${p.data?.title ?? '办理目标'}`;
  const missed = p.data?.targets.filter((t) => !t.met).length ?? 0;
  return (
    <Col xs={24} xl={12}>
      <Card
        size="small"
        title={title}
        className="dashboard-card dashboard-targets"
        extra={p.data && (missed ? <Tag color="red">{missed} 项未达标</Tag> : <Tag color="green">全部达标</Tag>)}
      >
        {p.error ? (
          <LoadError error={p.error} onRetry={p.reload} />
        ) : !p.data ? (
          <Skeleton active paragraph={{ rows: 5 }} title={false} />
        ) : (
          <Table<Target>
            size="small"
            rowKey="figure"
            pagination={false}
            loading={p.loading}
            dataSource={p.data.targets}
            scroll={{ x: 'max-content' }}
            expandable={{
              rowExpandable: (t) => t.unitsShort.length > 0,
              expandedRowRender: (t) => <UnitsShort units={t.unitsShort} />,
            }}
            columns={[
              {
                title: '指标',
                dataIndex: 'label',
                render: (label: string, t) => (
                  <Tooltip title={t.definition}>
                    <span className="dashboard-defined">{label}</span>
                  </Tooltip>
                ),
              },
              { title: '目标', dataIndex: 'target', align: 'right', render: (v: number) => goal(v) },
              { title: '完成情况', key: 'value', align: 'right', render: (_, t) => figureText(t.value, t.numerator, t.denominator) },
              {
                title: '结果',
                dataIndex: 'met',
                align: 'center',
                render: (met: boolean) => (met ? <Tag color="green">达标</Tag> : <Tag color="red">未达标</Tag>),
              },
              {
                title: '未达标单位',
                key: 'short',
                align: 'right',
                render: (_, t) => (t.unitsShort.length ? `${t.unitsShort.length} 个` : '—'),
              },
            ]}
          />
        )}
        {p.data && !p.error && <div className="muted dashboard-footnote">点击行首的“+”查看未达标的单位；将鼠标移到指标名称上可查看计算方法。</div>}
      </Card>
    </Col>
  );
}
