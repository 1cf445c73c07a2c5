import { Space, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { Deadline, ItemDetail } from '../../api/types';
import { SimpleList } from '../../components/SimpleList';
import { LightDot } from '../../components/Status';
import { daysText, lightOf, todayInShanghai } from '../../lib/dates';
import { DEADLINE_KIND_LABELS, LIGHT_COLORS } from '../../lib/labels';
import { wordsOf } from '../../lib/words';
import { useIsMobile } from '../../lib/useIsMobile';
import { Section, type SectionProps as Props, unitOf } from './Section';

// ── 办理期限 ──────────────────────────────────────────────────────
/** Whether the duty behind a deadline is still open (then it has a light). */
function isRunning(d: Deadline, detail: ItemDetail): boolean {
  const s = detail.item.state;
  const task = d.taskId ? detail.tasks.find((t) => t.id === d.taskId) : undefined;
  switch (d.kind) {
    case 'reply':
      return s === 'handling' && (!task || ['assigned', 'adjustmentRequested'].includes(task.state));
    case 'coOpinion':
      return s === 'handling' && (!task || ['assigned', 'adjustmentRequested'].includes(task.state));
    case 'rehandle':
      return s === 'rehandling';
    case 'evaluation':
      return s === 'replied';
    case 'referenceContact':
      return s === 'referenceItem';
    case 'adjustmentWindow':
      return (s === 'handling' || s === 'draftAssigned') && d.dueDate >= todayInShanghai();
  }
}

function howComputed(d: Deadline): ReactNode {
  const r = d.rule;
  const desc = r?.description ?? '';
  const base = d.baseDate && r?.duration ? `自 ${d.baseDate} 起 ${desc}` : desc || (d.baseDate ? `基准日 ${d.baseDate}` : '—');
  return (
    <span>
      {base}
      {r?.profileYear && <span className="muted">（{r.profileYear} 年规则）</span>}
      {d.provisional && (
        <Tooltip
          title={r?.missingYears?.length ? `${r.missingYears.join('、')} 年的节假日安排尚未录入，暂按周末计算，录入后自动重算` : '节假日安排录入后自动重算'}
        >
          <Tag color="warning" style={{ marginInlineStart: 6 }}>
            临时（尚无该年节假日安排）
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}

function DeadlineState({ d, detail }: { d: Deadline; detail: ItemDetail }) {
  if (!d.active) return <span className="muted">已停用</span>;
  if (!isRunning(d, detail)) {
    return <span className="muted">{d.kind === 'adjustmentWindow' && d.dueDate < todayInShanghai() ? '已截止' : '已完成或不再计时'}</span>;
  }
  const { light, daysLeft } = lightOf(d.dueDate);
  return (
    <Space size={6}>
      <LightDot light={light} />
      <span style={{ color: light === 'red' ? LIGHT_COLORS.red : light === 'yellow' ? '#ad6800' : undefined }}>{daysText(daysLeft)}</span>
    </Space>
  );
}

export function DeadlinesSection({ detail }: Props) {
  const mobile = useIsMobile();
  if (!detail.deadlines.length) return null;
  const rows = [...detail.deadlines].sort((a, b) => Number(b.active) - Number(a.active) || a.dueDate.localeCompare(b.dueDate));
  const kindOf = (d: Deadline) => (
    <span>
      {wordsOf(detail.item.kind).say(DEADLINE_KIND_LABELS[d.kind] ?? d.kind)}
      {d.taskId && (
        <div className="muted" style={{ fontSize: 12 }}>
          {unitOf(detail, d.taskId)}
        </div>
      )}
    </span>
  );
  if (mobile) {
    return (
      <Section title="办理期限">
        <SimpleList
          items={rows}
          dense
          rowKey={(d) => d.id}
          render={(d) => (
            <div style={{ opacity: d.active ? 1 : 0.55 }}>
              <div className="unit-row">
                {kindOf(d)}
                <span style={{ textAlign: 'right' }}>
                  <div style={{ fontWeight: 500 }}>{d.dueDate}</div>
                  <DeadlineState d={d} detail={detail} />
                </span>
              </div>
              <div className="muted" style={{ fontSize: 12, marginTop: 2 }}>
                如何计算：{howComputed(d)}
              </div>
            </div>
          )}
        />
      </Section>
    );
  }
  const columns: TableColumnsType<Deadline> = [
    { title: '期限', key: 'kind', width: 150, render: (_, d) => kindOf(d) },
    { title: '截止日期', dataIndex: 'dueDate', key: 'due', width: 110 },
    { title: '状态', key: 'light', width: 130, render: (_, d) => <DeadlineState d={d} detail={detail} /> },
    { title: '如何计算', key: 'how', render: (_, d) => howComputed(d) },
  ];
  return (
    <Section title="办理期限">
      <Table<Deadline>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        rowClassName={(d) => (d.active ? '' : 'row-inactive')}
        scroll={{ x: 560 }}
      />
    </Section>
  );
}
