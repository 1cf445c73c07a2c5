import { Card, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { hotline, type LedgerQuery } from '../../api/hotline';
import { todayInShanghai } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { writeFilters } from './query';

const FIGURES = [
  { key: 'calls', label: '来电工单', q: {} },
  { key: 'handling', label: '办理中', q: { state: 'dispatched' } },
  { key: 'overdue', label: '超期未办结', q: { overdue: true } },
  { key: 'supervised', label: '评价不满意督办中', q: { state: 'supervised' } },
  { key: 'closed', label: '已办结', q: { state: 'closed' } },
] as const satisfies readonly { key: string; label: string; q: LedgerQuery }[];

/**
 * The month's figures of the channel (R-LINE-3: calls, orders due but not done, dissatisfied ones, solved),
 * counted from the ledger itself — each a link to the ledger filtered so.
 */
export function MonthFigures({ month }: { month?: string }) {
  const m = month ?? todayInShanghai().slice(0, 7);
  const { data } = useLoad((signal) => Promise.all(FIGURES.map((f) => hotline.list({ ...f.q, month: m, pageSize: 1 }, signal).then((a) => a.total))), [m]);
  return (
    <Card size="small" style={{ marginBottom: 14 }} title={`${Number(m.slice(5))} 月概况`} styles={{ body: { display: 'flex', gap: 32, flexWrap: 'wrap' } }}>
      {FIGURES.map((f, i) => (
        <Link
          key={f.key}
          to={`/hotline?${writeFilters({ month: m, state: 'state' in f.q ? f.q.state : undefined, overdue: 'overdue' in f.q, q: '', page: 1, pageSize: 20 }).toString()}`}
        >
          <Statistic
            title={f.label}
            value={data ? data[i] : '—'}
            styles={{ content: { fontSize: 22, color: f.key === 'overdue' && data?.[i] ? '#d4380d' : undefined } }}
          />
        </Link>
      ))}
    </Card>
  );
}
