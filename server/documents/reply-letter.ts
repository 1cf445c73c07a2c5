import { AlignmentType, LineRuleType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { ResultClass } from '../../domain/items/kinds';
import { RESULT_CLASS_DEFAULTS } from '../../domain/stats/result-classes';
import { bodyUnderSalutation, salutationLine } from '../../domain/items/reply-recipients';
import { blank, body, bodyLines, chineseDate, flush, leadIn, LINE, note, renderDocument, run, signature, title, TYPE_AREA_WIDTH } from './gbt9704';

const PUBLICITY = { public: '公开', private: '不公开' } as const;

/** What a reply letter prints (R-REPLY-2..5), taken from the reply record. */
export interface ReplyLetterData {
  resultClass: ResultClass;
  /** the class mark printed above the document number: the rules profile's label of the class (A类 … D类); absent: its usual name */
  classMark?: string;
  publicity: 'public' | 'private';
  docNumber: string | null;
  /** the leader who signed it off (签发人, R-REPLY-1/2) */
  signer: string | null;
  /** 关于对…第2025-0001号建议的答复 */
  title: string;
  /** every addressee with their form of address: 张建国代表 (every cosigner of a joint suggestion, R-REPLY-5) */
  addressees: string[];
  body: string;
  /** B commitments with their target dates (R-TRACK-1), listed after the body */
  commitments: { content: string; targetDate: string }[];
  unitName: string;
  /** the date of the letter (sent, else signed, else today), ISO */
  date: string;
  contactPerson: string | null;
  contactPhone: string | null;
  copies: string[];
}

/** The class mark a letter prints: the profile's label, else the class's usual one. */
const classMarkOf = (d: Pick<ReplyLetterData, 'resultClass' | 'classMark'>) => d.classMark ?? RESULT_CLASS_DEFAULTS[d.resultClass].label;

/** The publicity mark (公开/不公开) at the top right of the first page (R-REPLY-4). */
function publicityMark(p: 'public' | 'private'): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [run(PUBLICITY[p], 'heading1')],
  });
}

/** The document number flush left and, on the same line at the right margin, 签发人 with the name in 楷体 (GB/T 9704 7.2.4). */
function numberLine(docNumber: string | null, signer: string | null): Paragraph {
  return new Paragraph({
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA_WIDTH }],
    children: [run(docNumber ?? ''), ...(signer ? [new TextRun({ children: [new Tab()] }), run('签发人：'), run(signer, 'heading2')] : [])],
  });
}

function tail(o: { unitName: string; date: string; contactPerson: string | null; contactPhone: string | null; copies: string[] }): Paragraph[] {
  const out = [blank(), blank(), ...signature(o.unitName, o.date), blank()];
  const contact = contactLine(o);
  if (contact) out.push(note(contact));
  if (o.copies.length) {
    out.push(blank(), leadIn('抄送：', `${o.copies.join('，')}。`));
  }
  return out;
}

/**
 * A reply letter (答复函) in the GB/T 9704 layout: the publicity mark top
 * right, the class mark (the rules profile's label: A类 … D类) above the document number, the title, the
 * addressees (the salutation), the body, the issuing unit and the date in Chinese numerals,
 * the contact person and phone, the copies line.
 */
export function renderReplyLetter(d: ReplyLetterData): Promise<Buffer> {
  const text = replyLetterText(d);
  const commitments = text.commitments.join('\n');
  return renderDocument({
    title: d.title,
    children: [
      publicityMark(d.publicity),
      flush(text.classMark, 'heading1'),
      ...(d.docNumber || d.signer ? [numberLine(d.docNumber, d.signer)] : []),
      blank(),
      ...title(d.title),
      flush(text.salutation),
      ...body(text.paragraphs.join('\n')),
      ...(commitments ? body(commitments) : []),
      ...tail(d),
    ],
  });
}

/** R-REPLY-2 / R-CO-1: the contact line under the date prints what is known, never an empty value; null when neither is. */
export function contactLine(o: { contactPerson: string | null; contactPhone: string | null }): string | null {
  const contact = [o.contactPerson && `联系人：${o.contactPerson}`, o.contactPhone && `联系电话：${o.contactPhone}`].filter(Boolean);
  return contact.length ? `（${contact.join('，')}）` : null;
}

/**
 * A reply letter's text, part by part, as renderReplyLetter prints it: the
 * on-screen preview of a draft (POST /api/items/:itemId/reply-preview/text) shows the same.
 */
export function replyLetterText(d: ReplyLetterData) {
  const salutation = salutationLine(d.addressees);
  return {
    publicityMark: PUBLICITY[d.publicity],
    resultClass: d.resultClass,
    /** A类 … D类, as the rules profile names the class */
    classMark: classMarkOf(d),
    docNumber: d.docNumber,
    signer: d.signer,
    title: d.title,
    salutation,
    // A body that opens with the salutation typed again prints it once (the form warns about it).
    paragraphs: bodyLines(bodyUnderSalutation(d.body, salutation)),
    commitments: d.commitments.length
      ? ['我单位承诺办理事项如下：', ...d.commitments.map((c, i) => `${i + 1}．${c.content}（计划${chineseDate(c.targetDate)}前完成）`)]
      : [],
    issuer: d.unitName,
    date: chineseDate(d.date),
    contact: contactLine(d),
    copies: d.copies,
  };
}

/** What a co-opinion letter prints (R-CO-1): from the co-handler to the lead unit. */
export interface CoOpinionLetterData {
  publicity: 'public' | 'private';
  privateReason: string | null;
  title: string;
  leadUnitName: string;
  body: string;
  unitName: string;
  date: string;
  /** R-CO-1: the contact line, as on a reply letter (R-REPLY-2); left out when neither is known (opinions sent before they were asked for) */
  contactPerson: string | null;
  contactPhone: string | null;
  copies: string[];
}

/** A co-opinion letter (会办意见函) in the same layout, stating whether the opinion may be published, with the contact line (R-CO-1). */
export function renderCoOpinionLetter(d: CoOpinionLetterData): Promise<Buffer> {
  const publicity = d.publicity === 'public' ? '本会办意见可以公开。' : `本会办意见不宜公开，理由：${d.privateReason ?? ''}。`;
  return renderDocument({
    title: d.title,
    children: [publicityMark(d.publicity), blank(), ...title(d.title), flush(`${d.leadUnitName}：`), ...body(d.body), ...body(publicity), ...tail(d)],
  });
}
