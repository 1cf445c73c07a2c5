import { AlignmentType, LineRuleType, Paragraph, type Table } from 'docx';
import { ordinal } from '../../domain/reports/report-text';
import { blank, body, flush, heading1, LINE, renderDocument, run, signature, table, title } from './gbt9704';

/** One first-level part of a report: 一、基本情况 … with its text and, where it has one, a table. */
export interface ReportBlock {
  heading: string;
  text?: string;
  table?: { header: string[]; rows: (string | number)[][]; weights?: number[]; caption?: string };
}

/**
 * A report (R-STAT-3) in the GB/T 9704 layout, the structure of seed 001:
 * the title, the reporting body under it, the addressee, an opening line,
 * numbered parts (一、二、…), the body and date at the end.
 */
export function renderReport(o: {
  title: string;
  subtitle?: string;
  issuer: string;
  addressee?: string;
  intro?: string;
  blocks: ReportBlock[];
  date: string;
}): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [...title(o.title)];
  if (o.subtitle) children.splice(1, 0, centered(o.subtitle));
  if (o.issuer) children.push(centered(o.issuer, 'heading2'), blank());
  if (o.addressee) children.push(flush(`${o.addressee}：`));
  if (o.intro) children.push(...body(o.intro));
  o.blocks.forEach((b, i) => {
    children.push(heading1(`${ordinal(i)}、${b.heading}`));
    if (b.text) children.push(...body(b.text));
    if (b.table) {
      if (b.table.caption) children.push(centered(b.table.caption, 'heading1'));
      children.push(table(b.table.header, b.table.rows, b.table.weights), blank());
    }
  });
  children.push(blank(), ...signature(o.issuer, o.date));
  return renderDocument({ title: o.title, children });
}

function centered(text: string, k: 'body' | 'heading1' | 'heading2' = 'body'): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [run(text, k)],
  });
}
