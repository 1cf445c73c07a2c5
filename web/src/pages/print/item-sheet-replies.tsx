import type { ItemDetail, Reply } from '../../api/types';
import { formatDate } from '../../lib/dates';
import { PUBLICITY_LABELS, REPLY_STATE_LABELS, RESULT_CLASS_LABELS } from '../../lib/labels';
import { PrintTable } from './PrintSheet';
import { unitName } from './item-sheet-parts';

/** The printed 办理单's replies (each with its class, number, signer and text) and co-handling opinions. */
type Props = { detail: ItemDetail };

function ReplyTable({ r, detail }: { r: Reply; detail: ItemDetail }) {
  const planned = r.resultClass === 'B' && r.plannedCommitments?.length ? r.plannedCommitments : [];
  return (
    <table className="print-table">
      <tbody>
        <tr>
          <th className="print-label">答复单位</th>
          <td>{unitName(detail, r.taskId)}</td>
          <th className="print-label">状态</th>
          <td>
            {REPLY_STATE_LABELS[r.state]}
            {r.round > 1 ? `（第 ${r.round} 轮）` : ''}
          </td>
        </tr>
        <tr>
          <th className="print-label">办理结果</th>
          <td>{RESULT_CLASS_LABELS[r.resultClass]}</td>
          <th className="print-label">是否公开</th>
          <td>{`${PUBLICITY_LABELS[r.publicity]}${r.privateReason ? `（${r.privateReason}）` : ''}`}</td>
        </tr>
        <tr>
          <th className="print-label">文号</th>
          <td>{r.docNumber ?? '—'}</td>
          <th className="print-label">签发人</th>
          <td>{r.signer ?? '—'}</td>
        </tr>
        <tr>
          <th className="print-label">联系人</th>
          <td>{`${r.contactPerson}\u3000${r.contactPhone}`}</td>
          <th className="print-label">答复日期</th>
          <td>{r.sentOn ?? (r.sentAt ? formatDate(r.sentAt) : '—')}</td>
        </tr>
        {planned.length > 0 && (
          <tr>
            <th className="print-label">承诺事项</th>
            <td colSpan={3}>
              {planned.map((c, i) => (
                <div key={i}>{`${i + 1}．${c.content}（计划 ${c.targetDate} 前完成）`}</div>
              ))}
            </td>
          </tr>
        )}
        {detail.item.classified ? null : (
          <tr className="print-split">
            <th className="print-label">答复内容</th>
            <td colSpan={3} className="print-pre">
              {r.body}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function RepliesPart({ detail }: Props) {
  if (!detail.replies.length) return null;
  const replies = [...detail.replies].sort((a, b) => b.round - a.round || a.id - b.id);
  return (
    <>
      <h2>答复</h2>
      {replies.map((r) => (
        <ReplyTable key={r.id} r={r} detail={detail} />
      ))}
    </>
  );
}

export function CoOpinionsTable({ detail }: Props) {
  if (!detail.coOpinions.length) return null;
  return (
    <>
      <h2>会办意见</h2>
      <PrintTable
        rows={detail.coOpinions}
        rowKey={(o) => o.id}
        columns={[
          { title: '会办单位', width: '34mm', render: (o) => unitName(detail, o.taskId) },
          { title: '报送时间', width: '24mm', className: 'center', render: (o) => (o.sentAt ? formatDate(o.sentAt) : '—') },
          { title: '状态', width: '16mm', className: 'center', render: (o) => (o.state === 'returned' ? '已退回' : '已报送') },
          {
            title: '意见',
            render: (o) => (
              <span className="print-pre">
                {detail.item.classified ? '（涉密，线下办理）' : o.body}
                {o.returnReason ? `\n退回理由：${o.returnReason}` : ''}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
