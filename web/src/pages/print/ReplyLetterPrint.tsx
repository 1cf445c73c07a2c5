import { useParams } from 'react-router-dom';
import { bodyUnderSalutation, salutationLine } from '../../../../domain/items/reply-recipients';
import { api } from '../../api/client';
import { reportsApi } from '../../api/reports';
import { LoadError } from '../../components/PageStates';
import { PUBLICITY_LABELS, REPLY_STATE_LABELS } from '../../lib/labels';
import { useLoad } from '../../lib/useLoad';
import { DocxButton } from '../item/DocxButton';
import { PrintPending, PrintSheet } from './PrintSheet';
import { wordsOf } from '../../lib/words';
import './letter.css';

const DIGITS = '〇一二三四五六七八九';
const small = (n: number) => (n < 10 ? DIGITS[n] : `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`);

/** 2025-03-08 → 二〇二五年三月八日 (the date of a letter, as the Word letter prints it). */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${[...String(y)].map((c) => DIGITS[Number(c)]).join('')}年${small(m)}月${small(d)}日`;
}

/**
 * 答复函 (/print/item/:id/reply/:replyId): the reply as a letter in the layout
 * of the Word letter (GB/T 9704) — the publicity mark, the class, the document
 * number and signer, the title, the addressees, the body, the commitments of a
 * B reply, the unit and the date, the contact line and the copies. The Word
 * file itself is one click away. Classified items have no letter.
 */
export default function ReplyLetterPrint() {
  const { itemId, replyId } = useParams();
  const id = Number(itemId);
  const rid = Number(replyId);
  const valid = Number.isInteger(id) && id > 0 && Number.isInteger(rid) && rid > 0;
  // The letter's content from the server (what the Word file prints); the item for the reply's state.
  const { data, error, reload } = useLoad(valid ? (signal) => Promise.all([reportsApi.replyLetter(id, rid, signal), api.getItem(id, signal)]) : null, [
    id,
    rid,
  ]);
  if (!valid) return <LoadError error={null} />;
  if (!data) return <PrintPending error={error} onRetry={reload} />;
  const [d, detail] = data;
  const state = detail.replies.find((r) => r.id === rid)?.state;
  const salutation = salutationLine(d.addressees);
  const paragraphs = bodyUnderSalutation(d.body, salutation)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const contact = [d.contactPerson && `联系人：${d.contactPerson}`, d.contactPhone && `联系电话：${d.contactPhone}`].filter(Boolean);

  return (
    <PrintSheet title={`答复函 ${detail.item.number}`} extra={<DocxButton label="下载 Word 版" download={() => reportsApi.downloadReplyLetter(id, rid)} />}>
      <div className="letter">
        <div className="letter-marks">
          <span>{d.classMark}</span>
          {state && state !== 'sent' && (
            <span className="letter-draft">
              （{REPLY_STATE_LABELS[state]}，尚未答复{wordsOf(detail.item.kind).submitter}）
            </span>
          )}
          <span>{PUBLICITY_LABELS[d.publicity]}</span>
        </div>
        {(d.docNumber || d.signer) && (
          <div className="letter-number">
            <span>{d.docNumber ?? ''}</span>
            {d.signer && (
              <span>
                签发人：<span className="letter-kai">{d.signer}</span>
              </span>
            )}
          </div>
        )}
        <h1 className="letter-title">{d.title}</h1>
        <p>{salutation}</p>
        <div className="letter-body">
          {paragraphs.map((p, i) => (
            <p key={i}>{p.trim()}</p>
          ))}
          {d.commitments.length > 0 && <p>我单位承诺办理事项如下：</p>}
          {d.commitments.map((c, i) => (
            <p key={`c${i}`}>{`${i + 1}．${c.content}（计划${chineseDate(c.targetDate)}前完成）`}</p>
          ))}
        </div>
        <div className="letter-sign">
          <div>{d.unitName}</div>
          <div>{chineseDate(d.date)}</div>
        </div>
        {contact.length > 0 && <p className="letter-contact">（{contact.join('，')}）</p>}
        {d.copies.length > 0 && <div className="letter-copies">抄送：{d.copies.join('，')}。</div>}
      </div>
    </PrintSheet>
  );
}
