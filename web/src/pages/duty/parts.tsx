import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import { duty, type DutyRecord } from '../../api/duty';

/** 409 after an edit of a record or the rulebook: tell the user and reload. */
export const STALE_TEXT = '内容刚被他人更新，已为您刷新。请核对最新情况后再操作。';

/** The years to pick from: those the server lists, newest first. */
export const yearOptions = (years: readonly number[]) => years.map((y) => ({ value: y, label: `${y}年度` }));

/** Points as the pages print them: 3, 2.5. */
export const pointsText = (x: number) => String(Math.round(x * 100) / 100);

/** Seed 002's flag: nothing reported through the hotline this year. */
export function NotRecommendableTag() {
  return (
    <Tooltip title="年内没有通过热线反映社情民意，不推荐为优秀代表和连任代表">
      <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
        不推荐评优和连任
      </Tag>
    </Tooltip>
  );
}

/** The targets a deputy has not met, as tags; 全部完成 when none. */
export function ShortTags({ labels }: { labels: readonly string[] }) {
  if (!labels.length) return <Tag color="green">全部完成</Tag>;
  return (
    <Space size={[4, 4]} wrap>
      {labels.map((l) => (
        <Tag key={l} style={{ marginInlineEnd: 0 }}>
          {l}
        </Tag>
      ))}
    </Space>
  );
}

/** A record's evidence files, each a download link. */
export function EvidenceLinks({ record }: { record: Pick<DutyRecord, 'id' | 'evidence'> }) {
  return (
    <Space size={[12, 0]} wrap>
      {record.evidence.map((f) => (
        <a key={f.index} href={duty.evidenceUrl(record.id, f.index)} download={f.filename} style={{ wordBreak: 'break-all' }}>
          <PaperClipOutlined /> {f.filename}
        </a>
      ))}
    </Space>
  );
}
