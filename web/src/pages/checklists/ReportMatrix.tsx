import { Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { REPORT_STATUS_LABELS } from '../../../../domain/checklists/checklists';
import type { ChecklistEntry, ReportRow, Township } from '../../api/checklists';
import { ENTRY_LIGHT_COLORS, LightDot } from './parts';

interface Row {
  township: Township;
  cells: Map<number, ReportRow>;
  done: number;
}

/** Every township's report on every entry, as a grid of lights: a row per township, a column per entry; a cell opens the report. */
export function ReportMatrix({
  entries,
  towns,
  reports,
  onOpen,
}: {
  entries: ChecklistEntry[];
  towns: Township[];
  reports: ReportRow[];
  onOpen: (r: ReportRow) => void;
}) {
  const rows: Row[] = towns.map((t) => {
    const mine = reports.filter((r) => r.township.id === t.id);
    return { township: t, cells: new Map(mine.map((r) => [r.entryId, r])), done: mine.filter((r) => r.status === 'done').length };
  });
  const columns: ColumnsType<Row> = [
    { title: '乡镇', key: 'township', fixed: 'left', width: 110, render: (_, r) => <b>{r.township.name}</b> },
    ...entries.map((e) => ({
      title: (
        <Tooltip title={`${e.typeLabel}：${e.text}（${e.dueOn} 前）`}>
          <span>第 {e.seq} 项</span>
        </Tooltip>
      ),
      key: `e${e.id}`,
      width: 96,
      render: (_: unknown, r: Row) => {
        const cell = r.cells.get(e.id);
        if (!cell) return <span className="muted">—</span>;
        return (
          <button
            type="button"
            className="checklist-cell"
            onClick={() => onOpen(cell)}
            aria-label={`${r.township.name}第 ${e.seq} 项：${REPORT_STATUS_LABELS[cell.status]}`}
            style={{ border: 'none', background: 'none', cursor: 'pointer', padding: 0, display: 'inline-flex', gap: 4, alignItems: 'center' }}
          >
            <LightDot light={cell.light} />
            <span style={{ color: cell.late ? ENTRY_LIGHT_COLORS.red : undefined }}>
              {REPORT_STATUS_LABELS[cell.status]}
              {cell.late ? '（逾期）' : ''}
            </span>
          </button>
        );
      },
    })),
    { title: '完成', key: 'done', fixed: 'right', width: 80, render: (_, r) => `${r.done}/${r.cells.size}` },
  ];
  return (
    <Table<Row> rowKey={(r) => r.township.id} size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 200 + entries.length * 96 }} />
  );
}
