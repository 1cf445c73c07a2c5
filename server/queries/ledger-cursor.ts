/**
 * Keyset pagination of the ledger (issue 6 §4): a page after a cursor reads
 * only its 20 rows through the sort's index, where OFFSET would read and throw
 * away every row before it. The cursor is the last row's sort key and id,
 * opaque to clients (base64url of JSON).
 */
export type LedgerSort = 'number' | 'due' | 'submittedAt' | 'updatedAt';

export interface LedgerCursor {
  sort: LedgerSort;
  /** The sort column's value of the last row (dates as YYYY-MM-DD, times as ISO strings; null for a due date not set). */
  key: string | null;
  id: number;
}

export function encodeLedgerCursor(c: LedgerCursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.key, c.id])).toString('base64url');
}

/** Null when the text is not a cursor this server made (the route answers 400). */
export function decodeLedgerCursor(text: string): LedgerCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 3) return null;
    const [sort, key, id] = v as unknown[];
    if (!['number', 'due', 'submittedAt', 'updatedAt'].includes(sort as string)) return null;
    if (key !== null && (typeof key !== 'string' || key.length > 40)) return null;
    if (!Number.isInteger(id) || (id as number) < 1) return null;
    return { sort: sort as LedgerSort, key: key as string | null, id: id as number };
  } catch {
    return null;
  }
}
