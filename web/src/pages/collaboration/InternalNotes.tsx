import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { keepsNotes, NOTE_MAX_LENGTH } from '../../../../domain/collaboration/notes';
import { addItemNoteBody } from '../../../../domain/contracts/collaboration';
import { collaboration, type ItemNote } from '../../api/collaboration';
import { ApiError } from '../../api/client';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/PageStates';
import { SimpleList } from '../../components/SimpleList';
import { formatDateTime } from '../../lib/dates';
import { useIsMobile } from '../../lib/useIsMobile';
import { useLoad } from '../../lib/useLoad';

/**
 * 内部备注 on the item page (issue 13 §9): notes only the staff of the user's own office or
 * unit see — shown to the roles that keep them, never to deputies, supervisors or administrators.
 */
export function InternalNotes({ itemId }: { itemId: number }) {
  const user = useUser();
  return keepsNotes(user.role) && user.organizationId !== null ? <NotesCard itemId={itemId} /> : null;
}

function NotesCard({ itemId }: { itemId: number }) {
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const { data, error, reload } = useLoad((signal) => collaboration.listNotes(itemId, signal), [itemId]);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The item is not (or no longer) the user's to annotate: no card.
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return null;

  const add = async () => {
    const v = addItemNoteBody.safeParse({ body: text });
    if (!v.success) return setProblem(v.error.issues[0]?.message ?? '请填写备注内容');
    setBusy(true);
    try {
      await collaboration.addNote(itemId, v.data.body);
      setText('');
      setProblem(null);
      reload();
    } catch (e) {
      setProblem(e instanceof ApiError ? (e.fieldErrors[0]?.message ?? e.message) : '保存失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  const remove = (n: ItemNote) =>
    collaboration.deleteNote(itemId, n).then(
      () => {
        message.success('备注已删除');
        reload();
      },
      (e: unknown) => {
        message.error(e instanceof ApiError ? e.message : '删除失败，请稍后重试');
        reload();
      },
    );

  return (
    <Card
      title="内部备注"
      size={mobile ? 'small' : undefined}
      extra={<Typography.Text type="secondary">仅{data?.organizationName || '本单位'}人员可见</Typography.Text>}
    >
      {error != null && <LoadError error={error} onRetry={reload} />}
      {data && (
        <SimpleList
          items={data.notes}
          rowKey={(n) => n.id}
          empty={<Typography.Paragraph type="secondary">暂无内部备注</Typography.Paragraph>}
          render={(n) => (
            <>
              <div className="reply-head">
                <Space size={6}>
                  <span style={{ fontWeight: 600 }}>{n.authorName}</span>
                  <span className="muted" style={{ fontSize: 12 }}>
                    {formatDateTime(n.createdAt)}
                  </span>
                </Space>
                {n.mine && (
                  <Popconfirm title="删除这条备注？" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(n)}>
                    <Button type="text" size="small" aria-label="删除备注" icon={<DeleteOutlined />} />
                  </Popconfirm>
                )}
              </div>
              <div className="pre-wrap">{n.body}</div>
            </>
          )}
        />
      )}
      <Form layout="vertical" onFinish={add} style={{ marginTop: 12 }}>
        <Form.Item label="添加备注" validateStatus={problem ? 'error' : undefined} help={problem ?? undefined} style={{ marginBottom: 8 }}>
          <Input.TextArea
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={NOTE_MAX_LENGTH}
            showCount
            placeholder={`仅${data?.organizationName || '本单位'}人员可见，提出人和其他单位看不到`}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!text.trim()}>
          添加备注
        </Button>
      </Form>
    </Card>
  );
}
