import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import type { DashboardStatistics } from '../../api/dashboard';
import { LoadError } from '../../components/PageStates';
import { pct } from './format';

interface Figure {
  key: string;
  title: string;
  value: string | number;
  suffix?: string;
  note?: string;
}

/** The headline figures of the scope, as 统计卡片. */
export function Headline({ stats, error, onRetry }: { stats: DashboardStatistics | null; error: unknown; onRetry: () => void }) {
  if (error) return <LoadError error={error} onRetry={onRetry} />;
  // Commitments belong to the planned class: its mark as the rules profile prints it.
  const planned = stats?.classScheme.find((c) => c.code === 'B')?.label ?? 'B类';
  const figures: Figure[] = stats
    ? [
        { key: 'items', title: '建议件数', value: stats.items, suffix: '件', note: `已交办 ${stats.assigned} 件` },
        { key: 'replyRate', title: '答复率', value: pct(stats.replyRate), note: `已答复 ${stats.replied} 件` },
        { key: 'onTimeRate', title: '按期答复率', value: pct(stats.onTimeRate), note: `按期答复 ${stats.onTime} 件` },
        { key: 'contactRate', title: '沟通联系率', value: pct(stats.contactRate), note: `沟通联系 ${stats.contacts} 人次` },
        { key: 'faceToFaceRate', title: '面商率', value: pct(stats.faceToFaceRate), note: '当面沟通的件数占比' },
        { key: 'closeRate', title: '办结率', value: pct(stats.closeRate), note: `已办结 ${stats.closed} 件` },
        { key: 'struckOff', title: `${planned}已销号`, value: stats.commitmentsStruckOff, suffix: '项', note: `承诺事项共 ${stats.commitments} 项` },
        { key: 'rehandled', title: '重新办理', value: stats.rehandled, suffix: '件', note: '评价不满意后重新办理' },
      ]
    : [];
  return (
    <Row gutter={[12, 12]} className="dashboard-headline">
      {(stats ? figures : Array.from({ length: 8 }, (_, i): Figure => ({ key: String(i), title: '', value: '' }))).map((f) => (
        <Col key={f.key} xs={12} sm={8} lg={6} xxl={3}>
          <Card size="small" data-figure={f.key}>
            {stats ? (
              <>
                <Statistic title={f.title} value={f.value} suffix={f.suffix} />
                <div className="muted dashboard-note">{f.note}</div>
              </>
            ) : (
              <Skeleton active paragraph={{ rows: 1 }} title={false} />
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
