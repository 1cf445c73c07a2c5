import { useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { ItemDetail } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/PageStates';
import { PrintButton } from '../../components/PrintButton';
import { daysText, formatDate, formatDateTime } from '../../lib/dates';
import { HANDLING_MODE_LABELS, PERIOD_LABELS, RESULT_CLASS_LABELS, SIGNER_STATUS_LABELS } from '../../lib/labels';
import { wordsOf } from '../../lib/words';
import { useLoad } from '../../lib/useLoad';
import { ContactsTable, DeadlinesTable, EvaluationsTable, HistoryTable, UnitsTable } from './item-sheet-parts';
import { CoOpinionsTable, RepliesPart } from './item-sheet-replies';
import { PrintFooter, PrintPending, PrintSheet, usePrintStamp } from './PrintSheet';
import { replyLetterUrl } from './urls';

type Fact = { label: string; value: string; wide?: boolean };

/** The item's facts, two to a row (a wide one takes the whole row). */
function facts(detail: ItemDetail): Fact[] {
  const { item } = detail;
  const w = wordsOf(item.kind);
  const lead = detail.signers.filter((s) => s.isLead);
  const others = detail.signers.filter((s) => !s.isLead);
  const named = (list: typeof detail.signers) =>
    list.map((s) => (s.status === 'confirmed' ? s.name : `${s.name}（${SIGNER_STATUS_LABELS[s.status]}）`)).join('、') || '—';
  const due = item.currentDue ? `${item.currentDue}${item.daysLeft !== null ? `（${daysText(item.daysLeft)}）` : ''}` : '—';
  const out: Fact[] = [
    { label: '标题', value: item.title, wide: true },
    { label: '编号', value: item.number },
    { label: '届次', value: item.sessionName },
    ...(item.submitterOrgName ? [{ label: '提出单位', value: item.submitterOrgName }] : []),
    { label: w.lead, value: named(lead) },
    { label: w.proposal ? w.cosigner : '联名代表', value: named(others) },
    { label: '类别', value: item.categoryName ?? '—' },
    { label: '提出时间', value: `${PERIOD_LABELS[item.period]} ${formatDateTime(item.submittedAt)}` },
    { label: '办理方式', value: item.handlingMode ? HANDLING_MODE_LABELS[item.handlingMode] : '—' },
    { label: '当前状态', value: w.state(item.state) },
    { label: '交办日期', value: item.assignedOn ?? '—' },
    { label: '领办领导', value: item.leadingLeader ?? '—' },
    { label: '答复期限', value: item.replyDue ? `${item.replyDue}${item.replyExtended ? '（已延期）' : ''}` : '—' },
    { label: '当前期限', value: due },
    { label: '办理结果', value: item.resultClass ? RESULT_CLASS_LABELS[item.resultClass] : '—' },
    {
      label: '办结',
      value: item.closedAt ? `${formatDate(item.closedAt)}${item.closeReason ? `（${w.closeReason(item.closeReason)}）` : ''}` : '—',
    },
  ];
  if (item.round > 1) out.push({ label: '办理轮次', value: `第 ${item.round} 轮（重新办理）`, wide: true });
  if (item.classified) out.push({ label: '密级', value: '涉密（内容线下办理）', wide: true });
  if (item.reviewNote) out.push({ label: '审核意见', value: item.reviewNote, wide: true });
  return out;
}

function FactsTable({ detail }: { detail: ItemDetail }) {
  const rows: Fact[][] = [];
  for (const f of facts(detail)) {
    const last = rows[rows.length - 1];
    if (!f.wide && last && last.length === 1 && !last[0].wide) last.push(f);
    else rows.push([f]);
  }
  return (
    <table className="print-table">
      <tbody>
        {rows.map((r) => (
          <tr key={r[0].label}>
            {r.map((f) => (
              <FactCells key={f.label} f={f} span={r.length === 1 ? 3 : 1} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FactCells({ f, span }: { f: Fact; span: number }) {
  return (
    <>
      <th className="print-label">{f.label}</th>
      <td colSpan={span} className="print-pre">
        {f.value}
      </td>
    </>
  );
}

/**
 * 办理单 (/print/item/:id): the item's facts, deputies, units with their roles
 * and deadlines, the deadlines, replies with their class, co-handling opinions,
 * contacts, evaluations and the whole history — what the item page shows, on A4.
 */
export default function ItemSheetPrint() {
  const { itemId } = useParams();
  const id = Number(itemId);
  const valid = Number.isInteger(id) && id > 0;
  const user = useUser();
  const stamp = usePrintStamp();
  const { data: detail, error, reload } = useLoad<ItemDetail>(valid ? (signal) => api.getItem(id, signal) : null, [id]);
  if (!valid) return <LoadError error={null} />;
  if (!detail) return <PrintPending error={error} onRetry={reload} />;
  const { item } = detail;
  const noun = wordsOf(item.kind).item;
  const deputy = user.role === 'deputy';
  const letters = item.classified ? [] : detail.replies.filter((r) => r.state === 'sent');

  return (
    <PrintSheet
      title={`${noun}办理单 ${item.number}`}
      extra={letters.map((r) => (
        <PrintButton
          key={r.id}
          to={replyLetterUrl(item.id, r.id)}
          label={`答复函${letters.length > 1 ? `（${detail.tasks.find((t) => t.id === r.taskId)?.unitName ?? ''}${r.round > 1 ? ` 第 ${r.round} 轮` : ''}）` : ''}`}
        />
      ))}
    >
      <h1>{noun}办理单</h1>
      <div className="print-meta">
        <span>
          编号：{item.number}
          {'\u3000'}
          {item.sessionName}
        </span>
        <span>{stamp}</span>
      </div>
      <FactsTable detail={detail} />
      <UnitsTable detail={detail} />
      <DeadlinesTable detail={detail} />
      <RepliesPart detail={detail} />
      {!deputy && <CoOpinionsTable detail={detail} />}
      <ContactsTable detail={detail} />
      <EvaluationsTable detail={detail} />
      <HistoryTable detail={detail} />
      <PrintFooter />
    </PrintSheet>
  );
}
