import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Buffers generated rows per table as COPY text and loads them with COPY
 * (PostgreSQL through pg-copy-streams, PGlite through its /dev/blob device),
 * flushing every table in foreign-key order so a batch never references a row
 * not yet loaded.
 */
export type Cell = string | number | boolean | null | Date | object;

export interface TableSpec {
  name: string;
  columns: string[];
}

export type CopyTarget = { kind: 'postgres'; pool: pg.Pool } | { kind: 'pglite'; client: PGlite };

/** One value in COPY text format: \N for null, backslash escapes for the separators. */
function cell(v: Cell): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  const s = v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : JSON.stringify(v);
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

export class CopySink {
  private buffers = new Map<string, string[]>();
  private sizes = new Map<string, number>();
  private pending = 0;
  readonly counts = new Map<string, number>();

  /** `order`: every table in foreign-key order (parents first). */
  constructor(
    private target: CopyTarget,
    private order: TableSpec[],
    private flushBytes = 16 * 1024 * 1024,
  ) {
    for (const t of order) {
      this.buffers.set(t.name, []);
      this.sizes.set(t.name, 0);
      this.counts.set(t.name, 0);
    }
  }

  row(table: string, values: Cell[]): void {
    const buf = this.buffers.get(table);
    if (!buf) throw new Error(`unknown table ${table}`);
    const line = values.map(cell).join('\t') + '\n';
    buf.push(line);
    this.pending += line.length;
    this.counts.set(table, this.counts.get(table)! + 1);
  }

  /** Flushes when enough is buffered; called between whole items, so no child row goes before its parent. */
  async maybeFlush(): Promise<void> {
    if (this.pending >= this.flushBytes) await this.flush();
  }

  /** Loads everything buffered, parents first. */
  async flush(): Promise<void> {
    for (const t of this.order) {
      const lines = this.buffers.get(t.name)!;
      if (!lines.length) continue;
      this.buffers.set(t.name, []);
      await this.copy(t, lines);
    }
    this.pending = 0;
  }

  private async copy(t: TableSpec, lines: string[]): Promise<void> {
    const statement = `copy ${t.name} (${t.columns.join(', ')}) from ${this.target.kind === 'pglite' ? `'/dev/blob'` : 'stdin'}`;
    if (this.target.kind === 'pglite') {
      await this.target.client.query(statement, [], { blob: new Blob(lines) });
      return;
    }
    const client = await this.target.pool.connect();
    try {
      // Chunks of ~1 MB: one write per row would be slow, one string for all would be huge.
      const chunks = function* () {
        let chunk = '';
        for (const l of lines) {
          chunk += l;
          if (chunk.length > 1 << 20) {
            yield chunk;
            chunk = '';
          }
        }
        if (chunk) yield chunk;
      };
      await pipeline(Readable.from(chunks()), client.query(copyFrom(statement)));
    } finally {
      client.release();
    }
  }
}
