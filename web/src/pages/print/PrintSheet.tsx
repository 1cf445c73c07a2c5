import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useUser } from '../../auth/AuthContext';
import { LoadError, PageLoading } from '../../components/PageStates';
import { formatDateTime } from '../../lib/dates';
import { SYSTEM_NAME } from '../../lib/labels';

/**
 * One print view: a toolbar (the title, `extra`, 打印 — hidden on paper) above
 * an A4 sheet. The tab and the saved PDF are named after `title`; `landscape`
 * turns the page for wide tables.
 */
export function PrintSheet({ title, extra, landscape, children }: { title: string; extra?: ReactNode; landscape?: boolean; children: ReactNode }) {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
  return (
    <>
      {landscape && <style>{'@page { size: A4 landscape; margin: 18mm 20mm; }'}</style>}
      <div className="print-toolbar">
        <span className="print-toolbar-title">{title}</span>
        <Space wrap>
          {extra}
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
        </Space>
      </div>
      <article className={landscape ? 'print-sheet print-landscape' : 'print-sheet'} data-print-ready="true">
        {children}
      </article>
    </>
  );
}

/** Until everything to print has loaded: a spinner, or the error with a retry. */
export function PrintPending({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return <div style={{ maxWidth: 720, margin: '48px auto' }}>{error ? <LoadError error={error} onRetry={onRetry} /> : <PageLoading />}</div>;
}

/** 打印时间 and 打印人, for the meta line of a sheet (fixed when the view opens). */
export function usePrintStamp(): string {
  const user = useUser();
  const [at] = useState(() => formatDateTime(new Date().toISOString()));
  return `打印时间：${at}\u3000打印人：${user.name}`;
}

/** The sheet's closing line: the system that printed it and when. */
export function PrintFooter({ left }: { left?: ReactNode }) {
  const stamp = usePrintStamp();
  return (
    <footer className="print-footer">
      <span>{left ?? SYSTEM_NAME}</span>
      <span>{stamp}</span>
    </footer>
  );
}

export interface PrintColumn<T> {
  title: ReactNode;
  render: (row: T, index: number) => ReactNode;
  /** 'num' right-aligns figures */
  className?: 'num' | 'center';
  width?: string;
}

/** A ruled table: its header repeats on each page, no row is split; `last` adds a final row (合计) that is not repeated. */
export function PrintTable<T>(p: {
  columns: PrintColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string | number;
  head?: ReactNode;
  last?: ReactNode;
  flag?: (row: T) => boolean;
  compact?: boolean;
  /** the columns as wide as given, those without a width sharing the rest (table-layout: fixed) */
  fixed?: boolean;
  /** a short table: not the page's whole width */
  narrow?: boolean;
  empty?: string;
}) {
  const className = ['print-table', p.compact && 'print-compact', p.fixed && 'print-fixed', p.narrow && 'print-narrow'].filter(Boolean).join(' ');
  return (
    <table className={className}>
      <thead>
        {p.head ?? (
          <tr>
            {p.columns.map((c, i) => (
              <th key={i} style={c.width ? { width: c.width } : undefined}>
                {c.title}
              </th>
            ))}
          </tr>
        )}
      </thead>
      <tbody>
        {p.rows.map((r, i) => (
          <tr key={p.rowKey(r, i)} className={p.flag?.(r) ? 'print-flag' : undefined}>
            {p.columns.map((c, j) => (
              <td key={j} className={c.className}>
                {c.render(r, i)}
              </td>
            ))}
          </tr>
        ))}
        {p.rows.length === 0 && (
          <tr>
            <td colSpan={p.columns.length} className="center">
              {p.empty ?? '无'}
            </td>
          </tr>
        )}
        {p.last}
      </tbody>
    </table>
  );
}
