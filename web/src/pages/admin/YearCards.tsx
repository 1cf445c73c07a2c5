import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { Card, Space, Tag } from 'antd';
import type { CalendarStatus, ScheduleSource } from '../../api/admin';

export const SOURCE_LABELS: Record<Exclude<ScheduleSource, null>, string> = { builtin: '官方安排', admin: '本级录入', inherited: '上级录入' };
export const SOURCE_COLORS: Record<Exclude<ScheduleSource, null>, string> = { builtin: 'green', admin: 'gold', inherited: 'blue' };

/** The years around this one, each with where its schedule comes from and its count of days off and make-up days. */
export function YearCards({ status, year, onPick }: { status: CalendarStatus; year: number; onPick: (y: number) => void }) {
  return (
    <Space wrap size={12}>
      {status.years.map((y) => (
        <Card
          key={y.year}
          size="small"
          className={`year-pick${y.year === year ? ' year-pick-active' : ''}`}
          onClick={() => onPick(y.year)}
          role="button"
          aria-label={`${y.year}年`}
        >
          <div style={{ fontWeight: 600, fontSize: 16 }}>{y.year}年</div>
          {y.source ? (
            <Tag color={SOURCE_COLORS[y.source]} icon={<CheckCircleFilled />} title={y.inheritedFrom ?? undefined}>
              {SOURCE_LABELS[y.source]}
            </Tag>
          ) : (
            <Tag color="red" icon={<WarningFilled />}>
              尚无安排
            </Tag>
          )}
          <div className="muted" style={{ fontSize: 12, marginTop: 4 }}>
            休息 {y.holidays.length} 天 · 调休上班 {y.makeupWorkdays.length} 天
          </div>
        </Card>
      ))}
    </Space>
  );
}
