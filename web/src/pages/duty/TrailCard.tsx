import { Collapse } from 'antd';
import type { DeputyDuty } from '../../api/duty';
import { formatDateTime } from '../../lib/dates';

/** Records deleted, or replaced by an edit: kept, never overwritten, for whoever checks the year's figures. */
export function TrailCard({ d }: { d: DeputyDuty }) {
  if (!d.trail.length) return null;
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'trail',
          label: `已修改或删除的记录（${d.trail.length}）`,
          children: d.trail.map((t) => (
            <div key={t.id} className="duty-entry">
              <span>
                {t.endLabel} · {t.kindLabel} · {t.on} · {t.title}
              </span>
              <span className="duty-entry-meta">
                {t.enteredByName ?? ''} 录入于 {formatDateTime(t.createdAt)}，{t.endLabel.slice(1)}于 {formatDateTime(t.deletedAt)}
              </span>
            </div>
          )),
        },
      ]}
    />
  );
}
