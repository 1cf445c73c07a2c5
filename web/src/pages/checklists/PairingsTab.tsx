import { App, Button, Card, Form, Popconfirm, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { checklists, type PairingsAnswer } from '../../api/checklists';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';

type Pairing = PairingsAnswer['pairings'][number];

/** 联点安排: which county leader guides which township; the county's liaison office adds and removes pairings. */
export function PairingsTab() {
  const { message } = App.useApp();
  const { data, error, reload } = useLoad((signal) => checklists.pairings(signal), []);
  const [leader, setLeader] = useState<number | undefined>();
  const [township, setTownship] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <PageLoading />;

  const act = async (what: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await what();
      message.success(done);
      setTownship(undefined);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '操作失败，请稍后重试');
    } finally {
      setBusy(false);
      reload();
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {data.mayEdit && (
        <Card size="small" title="新增联点">
          <Form layout="inline">
            <Form.Item label="联点领导">
              <Select
                aria-label="联点领导"
                style={{ width: 160 }}
                value={leader}
                onChange={setLeader}
                placeholder="请选择"
                options={data.leaders.map((l) => ({ value: l.id, label: l.name }))}
              />
            </Form.Item>
            <Form.Item label="乡镇">
              <Select
                aria-label="联点乡镇"
                style={{ width: 160 }}
                value={township}
                onChange={setTownship}
                placeholder="请选择"
                options={data.townships.map((t) => ({ value: t.id, label: t.name }))}
              />
            </Form.Item>
            <Button
              type="primary"
              loading={busy}
              disabled={!leader || !township}
              onClick={() => act(() => checklists.pair({ leaderUserId: leader!, townshipId: township! }), '联点安排已保存')}
            >
              添加
            </Button>
          </Form>
        </Card>
      )}
      <Card size="small" title="联点安排">
        {data.pairings.length === 0 ? (
          <EmptyState description={data.mayEdit ? '尚未安排联点，请在上方选择领导和乡镇' : '尚未安排联点'} />
        ) : (
          <Table<Pairing>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.pairings}
            columns={[
              { title: '联点领导', key: 'leader', render: (_, p) => p.leader.name },
              { title: '联点乡镇', key: 'township', render: (_, p) => p.township.name },
              ...(data.mayEdit
                ? [
                    {
                      title: '操作',
                      key: 'op',
                      width: 90,
                      render: (_: unknown, p: Pairing) => (
                        <Popconfirm
                          title={`取消${p.leader.name}联点${p.township.name}？`}
                          okText="取消联点"
                          cancelText="保留"
                          onConfirm={() => act(() => checklists.unpair(p.id), '已取消联点')}
                        >
                          <Button type="link" danger size="small">
                            取消
                          </Button>
                        </Popconfirm>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
