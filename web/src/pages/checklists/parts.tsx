import { Space, Tag, Tooltip } from 'antd';
import { REPORT_STATUS_LABELS, type ReportStatus } from '../../../../domain/checklists/checklists';
import { ENTRY_LIGHT_LABELS, type EntryLight } from '../../../../domain/checklists/light';
import type { ReportRow } from '../../api/checklists';

/** The colours of the entries' lights (绿灯 done, 黄灯 due soon, 红灯 overdue). */
export const ENTRY_LIGHT_COLORS: Record<EntryLight, string> = { green: '#389e0d', yellow: '#d4a106', red: '#d4380d', none: '#bfbfbf' };
const STATUS_COLORS: Record<ReportStatus, string> = { pending: 'default', done: 'green', inProgress: 'blue', notDone: 'red' };
/** 409 after an edit of a checklist or an assessment: tell the user and reload. */
export const STALE_TEXT = '内容刚被他人更新，已为您刷新。请核对最新情况后再操作。';

export function LightDot({ light }: { light: EntryLight }) {
  return (
    <Tooltip title={ENTRY_LIGHT_LABELS[light]}>
      <span className="light-dot" role="img" aria-label={ENTRY_LIGHT_LABELS[light]} style={{ background: ENTRY_LIGHT_COLORS[light] }} />
    </Tooltip>
  );
}

export function StatusTag({ status }: { status: ReportStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {REPORT_STATUS_LABELS[status]}
    </Tag>
  );
}

/** A row's light, status and lateness, as one cell: ● 完成 逾期报送. */
export function ReportState({ r }: { r: Pick<ReportRow, 'light' | 'status' | 'late' | 'daysLeft'> }) {
  return (
    <Space size={4} wrap>
      <LightDot light={r.light} />
      <StatusTag status={r.status} />
      {r.late && <Tag color="volcano">逾期报送</Tag>}
      {r.status !== 'done' && r.light === 'yellow' && <span className="muted">{r.daysLeft === 0 ? '今天到期' : `还剩 ${r.daysLeft} 天`}</span>}
      {r.status !== 'done' && r.light === 'red' && <span style={{ color: ENTRY_LIGHT_COLORS.red }}>已超期 {-r.daysLeft} 天</span>}
    </Space>
  );
}

/** The years to pick from: those the server lists, newest first. */
export const yearOptions = (years: readonly number[]) => years.map((y) => ({ value: y, label: `${y}年度` }));

/** A completion rate in percent as the pages print it (62.5%; — with nothing to count). */
export const percent = (x: number | null) => (x === null ? '—' : `${x}%`);
