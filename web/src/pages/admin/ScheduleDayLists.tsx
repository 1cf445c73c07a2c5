import { Card, Space, Tag } from 'antd';
import { SimpleList } from '../../components/SimpleList';
import { runsOf, runText, weekdayName, type Schedule } from './calendar-edit';

/** The year's rest days (in runs, with the holiday's name) and make-up working days, marked where they differ from the official schedule. */
export function ScheduleDayLists({ shown, names, changed }: { shown: Schedule; names: Record<string, string>; changed: Set<string> }) {
  const holidayRuns = runsOf(shown.holidays);
  return (
    <>
      <Card title={`休息日（${shown.holidays.length} 天）`} size="small" style={{ marginBottom: 16 }}>
        <SimpleList
          dense
          items={holidayRuns}
          rowKey={(r) => r[0]}
          empty={<span className="muted">无</span>}
          render={(r) => (
            <Space>
              <span>{runText(r)}</span>
              {names[r[0]] && <Tag>{names[r[0]]}</Tag>}
              {r.some((d) => changed.has(d)) && <Tag color="gold">本地调整</Tag>}
            </Space>
          )}
        />
      </Card>
      <Card title={`调休上班日（${shown.makeupWorkdays.length} 天）`} size="small">
        <SimpleList
          dense
          items={shown.makeupWorkdays}
          rowKey={(d) => d}
          empty={<span className="muted">无</span>}
          render={(d) => (
            <Space>
              <span>
                {runText([d]).replace(/（.*$/, '')}（{weekdayName(d)}）
              </span>
              {names[d] && <Tag>{names[d]}</Tag>}
              {changed.has(d) && <Tag color="gold">本地调整</Tag>}
            </Space>
          )}
        />
      </Card>
    </>
  );
}
