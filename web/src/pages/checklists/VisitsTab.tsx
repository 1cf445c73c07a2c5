import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, List, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { checklists } from '../../api/checklists';
import { useUser } from '../../auth/AuthContext';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { VisitModal } from './VisitModal';

/** The visits recorded (newest first), each with whom the leader met, what they read, their assessment and requirements. */
export function VisitsTab() {
  const user = useUser();
  const { data, error, reload } = useLoad((signal) => checklists.visits({}, signal), []);
  const [recording, setRecording] = useState(false);
  const [township, setTownship] = useState<number | undefined>();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <PageLoading />;
  const empty =
    user.role === 'townshipPresidium'
      ? '县人大常委会联点领导尚未到本乡镇登记指导情况'
      : user.role === 'supervisor' && !data.mayRecord
        ? '您尚未联点乡镇，联点安排由县人大常委会联工委维护'
        : '尚无联点指导记录';
  const towns = [...new Map(data.visits.map((v) => [v.township.id, v.township])).values()];
  const shown = township ? data.visits.filter((v) => v.township.id === township) : data.visits;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        {data.mayRecord && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            登记联点指导
          </Button>
        )}
        {towns.length > 1 && (
          <Select<number>
            allowClear
            aria-label="按乡镇查看"
            placeholder="全部乡镇"
            style={{ width: 160 }}
            value={township}
            onChange={setTownship}
            options={towns.map((t) => ({ value: t.id, label: t.name }))}
          />
        )}
      </Space>
      {data.visits.length === 0 ? (
        <Card>
          <EmptyState description={empty} />
        </Card>
      ) : (
        <List
          dataSource={shown}
          pagination={shown.length > 10 ? { pageSize: 10, showSizeChanger: false, showTotal: (t) => `共 ${t} 次` } : false}
          renderItem={(v) => (
            <Card
              key={v.id}
              size="small"
              style={{ marginBottom: 12 }}
              title={`${v.township.name} · ${v.visitedOn}`}
              extra={<span className="muted">联点领导：{v.leaderName}</span>}
            >
              <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label="走访代表">{v.deputiesVisited} 名</Descriptions.Item>
                <Descriptions.Item label="走访选民">{v.votersVisited} 名</Descriptions.Item>
                <Descriptions.Item label="查阅台账" span={2}>
                  {v.ledgersRead}
                </Descriptions.Item>
                <Descriptions.Item label="工作评价" span={2}>
                  {v.assessment}
                </Descriptions.Item>
                <Descriptions.Item label="要求和指导意见" span={2}>
                  {v.requirements}
                </Descriptions.Item>
                {v.entries.length > 0 && (
                  <Descriptions.Item label="涉及清单事项" span={2}>
                    <Space direction="vertical" size={2}>
                      {v.entries.map((e) => (
                        <span key={e.id}>
                          <Tag>{e.typeLabel}</Tag>
                          {e.quarterLabel}：{e.text}
                        </span>
                      ))}
                    </Space>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
          )}
        />
      )}
      {recording && <VisitModal towns={data.pairedTownships} onClose={() => setRecording(false)} onChanged={reload} />}
    </Space>
  );
}
