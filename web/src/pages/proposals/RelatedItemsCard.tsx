import { LinkOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Role } from '../../../../domain/items/roles';
import { ApiError } from '../../api/client';
import { proposalsApi, type RelatedItem } from '../../api/proposals';
import type { ItemDetail } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { KindTag } from '../../components/Status';
import { SimpleList } from '../../components/SimpleList';
import { useLoad } from '../../lib/useLoad';
import { Section } from '../item/Section';
import { LinkRelatedModal } from './LinkRelatedModal';
import { SideBySideModal } from './SideBySideModal';
import './proposals.css';

/** Who links and unlinks related items: the server's policy (server/routes/proposals.ts LINKERS), by part. */
const LINKERS: readonly Role[] = ['governmentOffice', 'liaisonOffice', 'unitOffice'];

/**
 * 相关件 (R-CPPCC-3): a proposal and a suggestion on one matter are never merged but linked, to be read side by
 * side. The card lists the links (the other's kind, number, title and body; its state when the reader sees it),
 * offers 对照阅读, and to those who link, 关联 by number or title and 取消关联. Hidden when there is nothing to show or do.
 */
export function RelatedItemsCard({ detail, onChanged }: { detail: ItemDetail; onChanged: () => void }) {
  const user = useUser();
  const { message } = App.useApp();
  const { data, reload } = useLoad((signal) => proposalsApi.related(detail.item.id, signal), [detail.item.id]);
  const [linking, setLinking] = useState(false);
  const [reading, setReading] = useState<RelatedItem | null>(null);
  const links = LINKERS.includes(user.role);
  if (!data || (!data.length && !links)) return null;

  const unlink = async (r: RelatedItem) => {
    try {
      await proposalsApi.unlink(detail.item.id, r.id);
      message.success(`已取消与 ${r.number} 的关联`);
      reload();
      onChanged();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '操作失败，请稍后重试');
    }
  };

  return (
    <Section
      title="相关件"
      extra={
        links && (
          <Button size="small" icon={<LinkOutlined />} onClick={() => setLinking(true)}>
            关联
          </Button>
        )
      }
    >
      <SimpleList
        items={data}
        rowKey={(r) => r.id}
        empty={<span className="muted">暂无相关件。同一事项的建议和提案不能并案，可以互相关联，便于对照办理。</span>}
        render={(r) => (
          <div className="related-row">
            <div className="related-head">
              <KindTag kind={r.kind} />
              <span className="muted related-number">{r.number}</span>
              {r.stateLabel && <Tag style={{ marginInlineEnd: 0 }}>{r.stateLabel}</Tag>}
            </div>
            <div className="related-title">{r.readable ? <Link to={`/items/${r.id}`}>{r.title}</Link> : r.title}</div>
            <Typography.Text type="secondary" className="related-meta">
              {r.bodyName}
              {'\u3000'}
              {r.linkedBy} 关联
            </Typography.Text>
            <Space size={4} wrap>
              <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={() => setReading(r)}>
                对照阅读
              </Button>
              {links && (
                <Popconfirm title={`取消与 ${r.number} 的关联？`} okText="取消关联" cancelText="不取消" onConfirm={() => unlink(r)}>
                  <Button size="small" type="link" danger>
                    取消关联
                  </Button>
                </Popconfirm>
              )}
            </Space>
          </div>
        )}
      />
      {linking && (
        <LinkRelatedModal
          detail={detail}
          linked={data.map((r) => r.id)}
          onClose={() => setLinking(false)}
          onLinked={() => {
            setLinking(false);
            reload();
            onChanged();
          }}
        />
      )}
      {reading && <SideBySideModal detail={detail} related={reading} onClose={() => setReading(null)} />}
    </Section>
  );
}
