import { Card, Col, Descriptions, type DescriptionsProps } from 'antd';
import type { DashboardStatistics } from '../../api/dashboard';
import { pct } from './format';

type Hotline = NonNullable<DashboardStatistics['hotline']>;
type Ratio = Hotline['onTime'];

/** 85.00%（17/20）: a rate with the counts it is made of. */
const ratio = (r: Ratio) => `${pct(r.rate)}（${r.numerator}/${r.denominator}）`;

function hotlineItems(h: Hotline): DescriptionsProps['items'] {
  const channel = h.scope === 'channel';
  return [
    { key: 'orders', label: channel ? '代表来电' : '承办工单', children: `${h.orders} 件` },
    ...(channel && h.problems !== null ? [{ key: 'problems', label: '反映问题', children: `${h.problems} 件` }] : []),
    {
      key: 'solved',
      label: '有效解决',
      children: h.solvedRate === null ? `${h.solved} 件` : `${h.solved} 件，解决率 ${pct(h.solvedRate)}`,
    },
    { key: 'finished', label: '已办结', children: `${h.finished} 件` },
    { key: 'contact', label: '24小时内联系代表', children: ratio(h.contactOnTime) },
    { key: 'onTime', label: '按期办结', children: ratio(h.onTime) },
    { key: 'satisfied', label: '满意率（含基本满意）', children: ratio(h.satisfied) },
  ];
}

/** 人大代表专线: the city's hotline orders of the year beside the suggestions' figures, in the channel's own counts. */
export function HotlineCard({ stats }: { stats: DashboardStatistics | null }) {
  const h = stats?.hotline;
  if (!h) return null;
  return (
    <Col xs={24}>
      <Card
        size="small"
        title={`人大代表民情通达专线（${h.year}年${h.scope === 'unit' ? '，本单位承办' : ''}）`}
        className="dashboard-card"
        data-testid="hotline-card"
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3, xl: 4 }} items={hotlineItems(h)} />
      </Card>
    </Col>
  );
}
