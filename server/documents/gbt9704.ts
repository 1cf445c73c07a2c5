import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import JSZip from 'jszip';

/**
 * §6 the official document layout of GB/T 9704-2012 (党政机关公文格式), shared by
 * reply letters, co-opinion letters and reports: A4, margins top 37 mm, bottom
 * 35 mm, left 28 mm, right 26 mm; 22 lines of 28 characters; title 2号 小标宋,
 * body 3号 仿宋_GB2312, first-level headings 黑体, second-level 楷体.
 *
 * LibreOffice ignores Word's character grid, so the grid is made with exact
 * 579-twip line spacing, a negative character spacing on every run and a
 * 640-twip (two characters) first-line indent: a layout that holds in both.
 */

/** Millimetres → twips (1/1440 inch), rounded. */
export const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);

export const PAGE = {
  width: mmToTwip(210), // 11906
  height: mmToTwip(297), // 16838
  top: mmToTwip(37), // 2098
  bottom: mmToTwip(35), // 1984
  left: mmToTwip(28), // 1587
  right: mmToTwip(26), // 1474
} as const;

/** 3号 = 16 pt; docx sizes are half-points. */
export const SIZE = { title: 44 /* 2号 22pt */, body: 32 /* 3号 16pt */, mark: 32, footer: 28 /* 4号 14pt */, table: 21 /* 五号 10.5pt */ } as const;
/** 22 lines in the 225 mm type area: 12756 / 22 ≈ 579 twips. */
export const LINE = 579;
/** 28 characters in the 156 mm type area: 8844 / 28 ≈ 315.9 twips a character, 16 pt = 320 → −5 twips each. */
export const CHAR_SPACING = -5;
/** Two characters of 3号 (2 × 320 twips). */
export const FIRST_LINE = 640;
export const TYPE_AREA_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * The fonts GB/T 9704 names. They are licensed fonts: the document names them
 * (and, in its font table, a 宋体/仿宋/黑体/楷体 family to fall back on); a
 * machine without them substitutes (previews map them to Noto CJK).
 */
export const FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  heading1: { name: '黑体', fallback: 'SimHei' },
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
} as const;
type FontKey = keyof typeof FONTS;

const font = (k: FontKey) => ({ ascii: FONTS[k].name, eastAsia: FONTS[k].name, hAnsi: FONTS[k].name, cs: FONTS[k].name });

const DIGITS = '〇一二三四五六七八九';
function smallNumber(n: number): string {
  if (n < 10) return '〇一二三四五六七八九'[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** A date in Chinese numerals as documents print it (成文日期): 2026-12-02 → 二〇二六年十二月二日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${String(y)
    .split('')
    .map((c) => DIGITS[Number(c)])
    .join('')}年${smallNumber(m)}月${smallNumber(d)}日`;
}

export function run(text: string, k: FontKey = 'body', extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: font(k), size: k === 'title' ? SIZE.title : SIZE.body, characterSpacing: CHAR_SPACING, ...extra });
}

const exact = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** The title (标题): 2号 小标宋, centred, a blank line after; wraps as it will. */
export function title(text: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [run(text, 'title')],
    }),
    blank(),
  ];
}

export function blank(): Paragraph {
  return new Paragraph({ spacing: exact, children: [run('')] });
}

/** A paragraph of flush-left text (the addressee 主送机关, the class mark, copies). */
export function flush(text: string, k: FontKey = 'body', extra: Partial<IRunOptions> = {}): Paragraph {
  return new Paragraph({ spacing: exact, children: [run(text, k, extra)] });
}

/** Right-aligned, `indentChars` characters in from the right margin (署名, 成文日期 右空四字). */
export function right(text: string, indentChars = 0, k: FontKey = 'body'): Paragraph {
  return new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: indentChars * 320 }, spacing: exact, children: [run(text, k)] });
}

/**
 * Body text: each line a paragraph indented two characters; a line opening a
 * first-level heading (一、) is set in 黑体, a second-level one (（一）) opens in 楷体.
 */
export function body(text: string): Paragraph[] {
  return bodyLines(text).map((line) => {
    const k: FontKey = /^[一二三四五六七八九十]+、/.test(line) ? 'heading1' : 'body';
    const second = /^（[一二三四五六七八九十]+）[^。]*?[。：]/.exec(line);
    const children = k === 'body' && second ? [run(second[0], 'heading2'), run(line.slice(second[0].length))] : [run(line, k)];
    return new Paragraph({ indent: { firstLine: FIRST_LINE }, spacing: exact, alignment: AlignmentType.JUSTIFIED, children });
  });
}

/** The paragraphs body() prints of a text: its lines, trimmed, the empty ones left out (the on-screen preview shows the same). */
export function bodyLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A first-level heading (一、基本情况): 黑体, indented two characters, kept on the page of its first lines. */
export function heading1(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: FIRST_LINE }, spacing: exact, keepNext: true, children: [run(text, 'heading1')] });
}

/** The width of one character of the grid (3号 with the run's character spacing). */
const CHAR = 320 + CHAR_SPACING;

/**
 * The issuer and the date (发文机关署名, 成文日期): the date four characters in
 * from the right margin, the issuer centred over it (GB/T 9704 7.3.5).
 */
export function signature(issuer: string, isoDate: string): Paragraph[] {
  const date = chineseDate(isoDate);
  const out: Paragraph[] = [];
  if (issuer) {
    const shift = Math.max(0, (date.length - issuer.length) / 2);
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: Math.round((4 + shift) * CHAR) },
        spacing: exact,
        keepNext: true,
        children: [run(issuer)],
      }),
    );
  }
  out.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, spacing: exact, children: [run(date)] }));
  return out;
}

/** A line with a lead-in such as 抄送： whose continuation lines align after it (hanging indent), one character in. */
export function leadIn(label: string, text: string): Paragraph {
  return new Paragraph({ indent: { left: (1 + label.length) * CHAR, hanging: label.length * CHAR }, spacing: exact, children: [run(`${label}${text}`)] });
}

/** A note under the date (附注, e.g. the contact person): two characters in. */
export function note(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: FIRST_LINE }, spacing: exact, children: [run(text)] });
}

/** A table in 五号 仿宋 with a 黑体 header row; columns share the type area by weight. */
export function table(header: string[], rows: (string | number)[][], weights?: number[]): Table {
  const w = weights ?? header.map(() => 1);
  const total = w.reduce((a, b) => a + b, 0);
  const widths = w.map((x) => Math.floor((TYPE_AREA_WIDTH * x) / total));
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children: [
        new Paragraph({
          // short values centred, running text (a title, a list of units) flush left
          alignment: text.length > 10 && !bold ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { line: 300, lineRule: LineRuleType.EXACT, before: 30, after: 30 },
          children: [new TextRun({ text, font: font(bold ? 'heading1' : 'body'), size: SIZE.table })],
        }),
      ],
    });
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      // the header repeats on every page; a row never splits across pages
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(String(v), i)) })),
    ],
  });
}

/**
 * The document: A4 with the GB/T 9704 margins, the body font and size as the
 * default, page numbers "— 1 —" in 4号 at the foot. Returns the .docx bytes,
 * with the licensed fonts' fallbacks written into the font table.
 */
export async function renderDocument(o: { title: string; children: (Paragraph | Table)[] }): Promise<Buffer> {
  const doc = new Document({
    title: o.title,
    creator: 'Jianyi 建议办理平台',
    styles: {
      default: {
        document: {
          run: { font: font('body'), size: SIZE.body },
          paragraph: { spacing: exact },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: mmToTwip(15), footer: mmToTwip(18) },
          },
          // Word's line grid at the same pitch; LibreOffice ignores it and follows the exact spacing.
          grid: { linePitch: LINE },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: { ascii: '宋体', eastAsia: '宋体', hAnsi: '宋体' }, size: SIZE.footer }),
                ],
              }),
            ],
          }),
        },
        children: o.children,
      },
    ],
  });
  return withFontTable(await Packer.toBuffer(doc));
}

/** Names every font of the layout in word/fontTable.xml with its fallback (w:altName) and the GB2312 charset. */
async function withFontTable(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const path = 'word/fontTable.xml';
  const xml = (await zip.file(path)?.async('string')) ?? '';
  const entries = Object.values(FONTS)
    .map(
      (f) => `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`,
    )
    .join('');
  const patched = xml.includes('</w:fonts>')
    ? xml.replace('</w:fonts>', `${entries}</w:fonts>`)
    : xml.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${entries}</w:fonts>`);
  if (patched !== xml) zip.file(path, patched);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
