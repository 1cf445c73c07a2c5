import { Col, Progress, Row, Statistic } from 'antd';
import type { LookBackCounts } from '../../api/tracking';

/** The share of reviews filled in, in percent. */
export const rate = (c: LookBackCounts) => (c.total ? Math.round((c.submitted / c.total) * 100) : 0);

/** The look-back's counts: reviews, pending, filled in, by finding, and the filling progress. */
export function Figures({ c }: { c: LookBackCounts }) {
  const figures: [string, number, string?][] = [
    ['复查件数', c.total],
    ['待填报', c.pending, c.pending ? '#d4a106' : undefined],
    ['已填报', c.submitted],
    ['已落实', c.delivered, '#389e0d'],
    ['正在推进', c.inProgress, '#1677ff'],
    ['未落实', c.notDelivered, c.notDelivered ? '#d4380d' : undefined],
  ];
  return (
    <Row gutter={[16, 16]} align="middle">
      {figures.map(([title, value, color]) => (
        <Col key={title} xs={8} sm={6} md={3}>
          <Statistic title={title} value={value} styles={{ content: color ? { color } : undefined }} />
        </Col>
      ))}
      <Col xs={24} md={6}>
        <div className="muted" style={{ fontSize: 12 }}>
          填报进度（A 类 {c.classA} 件，B 类 {c.classB} 件）
        </div>
        <Progress percent={rate(c)} />
      </Col>
    </Row>
  );
}
