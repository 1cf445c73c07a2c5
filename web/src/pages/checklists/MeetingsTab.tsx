import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, List, Space, Tag } from 'antd';
import { useState } from 'react';
import { checklists } from '../../api/checklists';
import { useUser } from '../../auth/AuthContext';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { MeetingModal } from './MeetingModal';

/** The quarter-end exchange meetings: their exchange, typical experiences (from the townships' reports) and next quarter's briefing. */
export function MeetingsTab() {
  const user = useUser();
  const { data, error, reload } = useLoad((signal) => checklists.meetings(undefined, signal), []);
  const [recording, setRecording] = useState(false);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <PageLoading />;
  const township = user.role === 'townshipPresidium';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {data.mayRecord && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
          登记季度交流会
        </Button>
      )}
      {data.meetings.length === 0 ? (
        <Card>
          <EmptyState description="尚未登记季度交流会" />
        </Card>
      ) : (
        data.meetings.map((m) => (
          <Card key={m.id} size="small" title={`${m.quarterLabel}乡镇人大主席工作交流会`} extra={<span className="muted">{m.heldOn}</span>}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="交流情况">{m.summary}</Descriptions.Item>
              <Descriptions.Item label="下季度工作讲解">{m.briefing}</Descriptions.Item>
            </Descriptions>
            <List
              size="small"
              header={<b>{township ? '本乡镇入选的典型经验' : '推介的典型经验'}</b>}
              locale={{ emptyText: township ? '本乡镇本次没有入选的典型经验' : '未推介典型经验' }}
              dataSource={m.experiences}
              renderItem={(x) => (
                <List.Item>
                  <span>
                    <Tag color="green">{x.township.name}</Tag>
                    <Tag>{x.typeLabel}</Tag>
                    {x.entryText}
                    {x.note && <div className="muted">{x.note}</div>}
                  </span>
                </List.Item>
              )}
            />
          </Card>
        ))
      )}
      {recording && <MeetingModal onClose={() => setRecording(false)} onChanged={reload} />}
    </Space>
  );
}
