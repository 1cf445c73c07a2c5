import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ItemDetail } from '../../api/types';
import { useIsMobile } from '../../lib/useIsMobile';

/** Props shared by every section of the item page. */
export interface SectionProps {
  detail: ItemDetail;
}

export function Section({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  const mobile = useIsMobile();
  return (
    <Card title={title} extra={extra} size={mobile ? 'small' : undefined}>
      {children}
    </Card>
  );
}

export const unitOf = (detail: ItemDetail, taskId: number | null | undefined, unitId?: number) =>
  detail.tasks.find((t) => (taskId != null ? t.id === taskId : t.unitId === unitId))?.unitName ?? '';

export function Body({ text, rows = 4 }: { text: string; rows?: number }) {
  return (
    <Typography.Paragraph className="pre-wrap" ellipsis={{ rows, expandable: 'collapsible', symbol: (e) => (e ? '收起' : '展开') }} style={{ marginBottom: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}
