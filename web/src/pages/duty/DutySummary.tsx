import { Alert, Card, Progress, Space } from 'antd';
import type { DeputyDuty } from '../../api/duty';
import { pointsText, ShortTags } from './parts';

/** The year at a glance: points, targets met of seven, what is short, and seed 002's flag. */
export function DutySummary({ d }: { d: DeputyDuty }) {
  const met = d.targets.filter((t) => t.met).length;
  return (
    <Card size="small">
      <div className="duty-summary">
        <div>
          <div className="muted">{d.year}年度积分</div>
          <div className="duty-points">
            <span className="duty-points-value" aria-label="年度积分">
              {pointsText(d.points)}
            </span>
            <span className="muted">分</span>
          </div>
        </div>
        <div style={{ minWidth: 160, flex: '1 1 160px' }}>
          <div className="muted">目标任务完成 {met}/7 项</div>
          <Progress percent={Math.round((met / 7) * 100)} showInfo={false} status={met === 7 ? 'success' : 'active'} aria-label="目标任务完成比例" />
        </div>
      </div>
      {d.short.length > 0 && (
        <Space size={6} wrap style={{ marginTop: 10 }}>
          <span className="muted">尚未完成：</span>
          <ShortTags labels={d.shortLabels} />
        </Space>
      )}
      {d.notRecommendable && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title="本年度尚未通过民情通达专线反映社情民意"
          description="按规定，年内没有通过热线反映社情民意的代表不推荐为优秀代表和连任代表。拨打 12345 热线反映问题后即可计入。"
        />
      )}
    </Card>
  );
}
