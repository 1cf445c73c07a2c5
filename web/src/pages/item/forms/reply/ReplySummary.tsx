import { Descriptions, Typography } from 'antd';
import { REPLY_STATE_LABELS } from '../../../../../../domain/items/states';
import type { Reply } from '../../../../api/types';
import { PUBLICITY_LABELS, RESULT_CLASS_LABELS } from '../../../../lib/labels';

/** A reply as the office or unit checks it before a step: state, class, publicity, number, signer, text, commitments. */
export function ReplySummary({ reply }: { reply: Reply }) {
  return (
    <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
      <Descriptions.Item label="状态">{REPLY_STATE_LABELS[reply.state]}</Descriptions.Item>
      <Descriptions.Item label="分类">{RESULT_CLASS_LABELS[reply.resultClass]}</Descriptions.Item>
      <Descriptions.Item label="公开属性">
        {PUBLICITY_LABELS[reply.publicity]}
        {reply.privateReason ? `（${reply.privateReason}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="文号">{reply.docNumber ?? '—'}</Descriptions.Item>
      {reply.signer && <Descriptions.Item label="签发人">{reply.signer}</Descriptions.Item>}
      <Descriptions.Item label="正文">
        <Typography.Paragraph ellipsis={{ rows: 4, expandable: true, symbol: '展开' }} style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
          {reply.body}
        </Typography.Paragraph>
      </Descriptions.Item>
      {(reply.plannedCommitments?.length ?? 0) > 0 && (
        <Descriptions.Item label="承诺事项">{reply.plannedCommitments!.map((c) => `${c.content}（${c.targetDate}前）`).join('；')}</Descriptions.Item>
      )}
    </Descriptions>
  );
}
