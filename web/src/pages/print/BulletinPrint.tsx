import { useParams } from 'react-router-dom';
import type { CoFigures, LeadFigures } from '../../../../domain/supervision/bulletin';
import { reportsApi } from '../../api/reports';
import { supervisionApi, type Bulletin } from '../../api/supervision';
import { LoadError } from '../../components/PageStates';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { DocxButton } from '../item/DocxButton';
import { PrintFooter, PrintPending, PrintSheet, usePrintStamp } from './PrintSheet';

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}%`);

/** The eight figure cells of a unit (or the totals): lead, then co-handling. */
function Figures({ lead, co }: { lead: LeadFigures; co: CoFigures }) {
  const cells = [lead.tasks, lead.replied, pct(lead.replyRate), lead.onTime, lead.overdue, co.tasks, co.sent, co.overdue];
  return (
    <>
      {cells.map((v, i) => (
        <td key={i} className="num">
          {v}
        </td>
      ))}
    </>
  );
}

/**
 * 进度通报 on paper (/print/bulletin/:id): the bulletin's number and date,
 * the totals in words, the units behind schedule, and each unit's progress —
 * lead and co-handling apart, the units behind schedule marked — with the totals.
 */
export default function BulletinPrint() {
  const { bulletinId } = useParams();
  const id = Number(bulletinId);
  const valid = Number.isInteger(id) && id > 0;
  const stamp = usePrintStamp();
  const { data: b, error, reload } = useLoad<Bulletin>(valid ? (signal) => supervisionApi.getBulletin(id, signal) : null, [id]);
  if (!valid) return <LoadError error={null} />;
  if (!b) return <PrintPending error={error} onRetry={reload} />;
  const c = b.content;
  const t = c.totals;

  return (
    <PrintSheet title={b.title} extra={<DocxButton label="下载 Word 版" download={() => reportsApi.downloadBulletin(b.id)} />}>
      <h1>{b.title}</h1>
      <div className="print-subtitle">{b.number}</div>
      <div className="print-meta">
        <span>
          {c.sessionName}
          {'\u3000'}数据截至 {c.asOf}
        </span>
        <span>{stamp}</span>
      </div>
      <h2>一、总体情况</h2>
      <p style={{ textIndent: '2em' }}>
        截至 {c.asOf}，共 {t.units} 个承办单位承办本次会议交办的建议。主办（含单办、分办）{t.lead.tasks} 件，已答复 {t.lead.replied} 件，答复率{' '}
        {pct(t.lead.replyRate)}，按期答复 {t.lead.onTime} 件，超期未答复 {t.lead.overdue} 件；会办 {t.co.tasks} 件，已报送会办意见 {t.co.sent} 件（
        {pct(t.co.sentRate)}），超期未报 {t.co.overdue} 件。
      </p>
      <h2>二、进度滞后单位</h2>
      <p style={{ textIndent: '2em' }}>
        {c.behind.length
          ? `共 ${c.behind.length} 个：${c.behind
              .map(
                (u) =>
                  `${u.unitName}（${[u.leadOverdue ? `主办超期 ${u.leadOverdue} 件` : '', u.coOverdue ? `会办超期 ${u.coOverdue} 件` : ''].filter(Boolean).join('，')}）`,
              )
              .join('；')}。`
          : '各承办单位均在期限内推进，无超期未办件。'}
      </p>
      <h2>三、各承办单位办理进度</h2>
      <table className="print-table print-compact">
        <thead>
          <tr>
            <th rowSpan={2} style={{ width: '9mm' }}>
              序号
            </th>
            <th rowSpan={2}>承办单位</th>
            <th colSpan={5}>主办（含单办、分办）</th>
            <th colSpan={3}>会办</th>
          </tr>
          <tr>
            {['承办件数', '已答复', '答复率', '按期答复', '超期未答复', '会办件数', '已报意见', '超期未报'].map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {c.units.map((u, i) => (
            <tr key={u.unitId} className={u.behindSchedule ? 'print-flag' : undefined}>
              <td className="center">{i + 1}</td>
              <td>
                {u.unitName}
                {u.behindSchedule ? '（滞后）' : ''}
              </td>
              <Figures lead={u.lead} co={u.co} />
            </tr>
          ))}
          <tr className="print-total">
            <td colSpan={2} className="center">
              合计
            </td>
            <Figures lead={t.lead} co={t.co} />
          </tr>
        </tbody>
      </table>
      {c.behind.length > 0 && <div className="print-note">标注“滞后”并加底色的为有超期未办件的单位。</div>}
      <PrintFooter left={`${b.scheduled ? '按月自动生成' : `${b.generatedByName ?? ''}生成`}于 ${formatDateTime(b.createdAt)}`} />
    </PrintSheet>
  );
}
