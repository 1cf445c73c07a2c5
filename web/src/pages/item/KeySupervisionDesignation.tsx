import { Descriptions, Space, Tag, Typography } from 'antd';
import { SUPERVISION_ACTIVITY_LABELS } from '../../../../domain/supervision/key-supervision';
import type { KeySupervision } from '../../api/supervision';
import { SimpleList } from '../../components/SimpleList';
import { formatDate } from '../../lib/dates';
import { Body } from './Section';

/** The key supervision in force: who supervises, since when, its requirements, and the supervision activities. */
export function KeySupervisionDesignation({ ks }: { ks: KeySupervision }) {
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          ...(ks.leaders.length ? [{ key: 'leaders', label: '督办领导', children: ks.leaders.join('、') }] : []),
          ...(ks.committees.length ? [{ key: 'committees', label: '督办专委会', children: ks.committees.map((c) => c.name).join('、') }] : []),
          { key: 'at', label: '确定时间', children: `${formatDate(ks.designatedAt)}${ks.designatedByName ? `（${ks.designatedByName}）` : ''}` },
          ...(ks.note ? [{ key: 'note', label: '督办要求', children: ks.note, span: 'filled' as const }] : []),
        ]}
      />
      <div style={{ fontWeight: 600, margin: '10px 0 4px' }}>督办活动</div>
      <SimpleList
        items={ks.activities}
        rowKey={(a) => a.id}
        empty={<Typography.Text type="secondary">暂无督办活动</Typography.Text>}
        render={(a) => (
          <>
            <div className="reply-head">
              <Space size={6} wrap>
                <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                  {SUPERVISION_ACTIVITY_LABELS[a.kind]}
                </Tag>
                <span>{a.heldOn}</span>
              </Space>
              {a.recordedByName && (
                <span className="muted" style={{ fontSize: 12 }}>
                  登记：{a.recordedByName}
                </span>
              )}
            </div>
            <div className="contact-line">
              <span className="muted">参加人员：</span>
              {a.participants}
            </div>
            <div className="contact-line">
              <Body text={a.notes} rows={3} />
            </div>
          </>
        )}
      />
    </>
  );
}
