import { Card, Timeline, Typography } from 'antd';
import type { ChecklistEvent } from '../../api/checklists';
import { formatDateTime } from '../../lib/dates';

/** The history (办理过程): who did what when, newest first. */
export function EventsCard({ events, title = '办理过程' }: { events: ChecklistEvent[]; title?: string }) {
  return (
    <Card title={title}>
      {events.length === 0 ? (
        <span className="muted">暂无记录</span>
      ) : (
        <Timeline
          items={events.map((e) => ({
            key: e.id,
            children: (
              <>
                <b>{e.typeLabel}</b>
                <span className="muted">
                  {'　'}
                  {formatDateTime(String(e.at))} · {e.actorName}（{e.actorRoleLabel}）{e.township ? ` · ${e.township}` : ''}
                </span>
                {e.detail && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{e.detail}</Typography.Paragraph>}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
