import JSZip from 'jszip';

/** A generated .docx read back: its XML parts and the text of each body paragraph. */
export async function readDocx(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (p: string) => (await zip.file(p)?.async('string')) ?? '';
  const document = await part('word/document.xml');
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
  const attr = (tag: string, name: string) => new RegExp(`<${tag}[^>]* w:${name}="(\\d+)"`).exec(document)?.[1];
  return {
    document,
    fontTable: await part('word/fontTable.xml'),
    styles: await part('word/styles.xml'),
    paragraphs,
    texts: paragraphs.map((p) => p.text),
    page: {
      width: Number(attr('w:pgSz', 'w')),
      height: Number(attr('w:pgSz', 'h')),
      top: Number(attr('w:pgMar', 'top')),
      bottom: Number(attr('w:pgMar', 'bottom')),
      left: Number(attr('w:pgMar', 'left')),
      right: Number(attr('w:pgMar', 'right')),
    },
    /** the paragraph whose text equals or contains `text` */
    find: (text: string) => paragraphs.find((p) => p.text === text) ?? paragraphs.find((p) => p.text.includes(text)),
  };
}

/** The GB/T 9704 page (A4; margins 37/35/28/26 mm in twips). */
export const GBT9704_PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 };
