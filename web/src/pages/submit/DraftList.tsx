import { App, Button, Card, List, Popconfirm, Space, Typography } from 'antd';
import { ApiError } from '../../api/client';
import { draftsApi, type SuggestionDraft } from '../../api/suggestion-drafts';

/** 我的草稿 on the submit page: each with when it was last saved, to resume or delete. */
export function DraftList({
  drafts,
  current,
  onOpen,
  onDeleted,
}: {
  drafts: SuggestionDraft[];
  current: number | null;
  onOpen: (d: SuggestionDraft) => void;
  onDeleted: (id: number) => void;
}) {
  const { message } = App.useApp();
  if (!drafts.length) return null;
  const remove = async (d: SuggestionDraft) => {
    try {
      await draftsApi.remove(d.id, d.version);
      message.success('草稿已删除');
      onDeleted(d.id);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '删除失败，请稍后重试');
    }
  };
  return (
    <Card size="small" title={`我的草稿（${drafts.length}）`} style={{ maxWidth: 880, marginBottom: 12 }}>
      <List
        size="small"
        dataSource={drafts}
        renderItem={(d) => (
          <List.Item
            actions={[
              <Button key="open" size="small" type={d.id === current ? 'default' : 'link'} disabled={d.id === current} onClick={() => onOpen(d)}>
                {d.id === current ? '正在编辑' : '继续编辑'}
              </Button>,
              <Popconfirm key="del" title="删除这份草稿？" okText="删除" cancelText="取消" onConfirm={() => void remove(d)}>
                <Button size="small" type="link" danger>
                  删除
                </Button>
              </Popconfirm>,
            ]}
          >
            <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
              <Typography.Text ellipsis>{d.title || '（无标题）'}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                保存于 {new Date(d.updatedAt).toLocaleString('zh-CN', { hour12: false })}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
