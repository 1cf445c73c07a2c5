import { Alert, Button, Col, Modal, Row, Typography } from 'antd';
import type { ItemKind } from '../../../../domain/items/kinds';
import type { RelatedItem } from '../../api/proposals';
import type { ItemDetail } from '../../api/types';
import { KindTag } from '../../components/Status';
import { useIsMobile } from '../../lib/useIsMobile';
import { wordsOf } from '../../lib/words';

interface Side {
  kind: ItemKind;
  number: string;
  title: string;
  bodyName: string;
  body: string | null;
  reply: string | null;
  /** why the text is not shown, if it is not */
  hidden?: string;
}

/** The latest sent reply of this item the reader sees (the answer's replies, newest sending last). */
function latestReply(detail: ItemDetail): string | null {
  const sent = detail.replies.filter((r) => r.state === 'sent').sort((a, b) => (a.sentAt ?? '').localeCompare(b.sentAt ?? ''));
  return sent.at(-1)?.body ?? null;
}

function Column({ side }: { side: Side }) {
  const w = wordsOf(side.kind);
  return (
    <div className="side-column">
      <div className="side-head">
        <KindTag kind={side.kind} />
        <span className="muted">{side.number}</span>
        <span className="muted side-body-name">{side.bodyName}</span>
      </div>
      <h3 className="side-title">{side.title}</h3>
      {side.hidden ? (
        <Alert type="info" showIcon title={side.hidden} />
      ) : (
        <>
          <div className="side-label">{w.item}内容</div>
          <Typography.Paragraph className="pre-wrap side-text" ellipsis={{ rows: 10, expandable: 'collapsible', symbol: (e) => (e ? '收起' : '展开全文') }}>
            {side.body ?? '（涉密内容，线下办理）'}
          </Typography.Paragraph>
          <div className="side-label">最近的答复</div>
          {side.reply ? (
            <Typography.Paragraph className="pre-wrap side-text" ellipsis={{ rows: 10, expandable: 'collapsible', symbol: (e) => (e ? '收起' : '展开全文') }}>
              {side.reply}
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph type="secondary">尚未答复</Typography.Paragraph>
          )}
        </>
      )}
    </div>
  );
}

/** 对照阅读: this item and the related one side by side (one above the other on a phone) — their texts and latest replies. */
export function SideBySideModal({ detail, related, onClose }: { detail: ItemDetail; related: RelatedItem; onClose: () => void }) {
  const mobile = useIsMobile();
  const { item } = detail;
  const here: Side = {
    kind: item.kind,
    number: item.number,
    title: item.title,
    bodyName: item.bodyName,
    body: item.classified ? null : item.body,
    reply: item.classified ? null : latestReply(detail),
  };
  const there: Side = {
    kind: related.kind,
    number: related.number,
    title: related.title,
    bodyName: related.bodyName,
    body: related.body,
    reply: related.latestReply,
    hidden: related.readable ? undefined : `该${related.kindLabel}不在您的办理范围内，只能看到编号和标题。`,
  };
  return (
    <Modal
      open
      title="对照阅读"
      footer={<Button onClick={onClose}>关闭</Button>}
      onCancel={onClose}
      destroyOnHidden
      width={mobile ? 'calc(100vw - 20px)' : 1040}
      style={mobile ? { top: 10 } : undefined}
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} md={12}>
          <Column side={here} />
        </Col>
        <Col xs={24} md={12}>
          <Column side={there} />
        </Col>
      </Row>
    </Modal>
  );
}
