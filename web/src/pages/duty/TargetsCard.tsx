import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card } from 'antd';
import type { DeputyDuty } from '../../api/duty';
import { pointsText } from './parts';

/** The seven yearly targets, each at least once: how many times, met or short, its points and how it is counted. */
export function TargetsCard({ d }: { d: DeputyDuty }) {
  const rule = new Map(d.rules.map((r) => [r.kind, r]));
  return (
    <Card size="small" title="年度目标任务">
      <div className="duty-targets">
        {d.targets.map((t) => {
          const r = rule.get(t.kind);
          return (
            <div key={t.kind} className={`duty-target ${t.met ? 'met' : 'short'}`} aria-label={`${t.label}${t.met ? '已完成' : '未完成'}`}>
              <span className="duty-target-label">
                {t.met ? <CheckCircleFilled style={{ color: '#389e0d' }} /> : <CloseCircleFilled style={{ color: '#d4380d' }} />} {t.label}
              </span>
              <span className="duty-target-figures">
                <span>{t.count} 次</span>
                <span>{pointsText(t.points)} 分</span>
              </span>
              <span className="duty-entry-meta">
                {t.counted ? '自动统计' : '录入佐证'}
                {r && `，每次 ${pointsText(r.points)} 分${r.cap === null ? '' : `，上限 ${pointsText(r.cap)} 分`}`}
              </span>
            </div>
          );
        })}
      </div>
    </Card>
  );
}
