import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Space, Tabs, Tooltip } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { QUEUES } from '../../../../domain/queues/catalog';
import { queuesApi, type QueueKey } from '../../api/queues';
import { useUser } from '../../auth/AuthContext';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { isUnitRole } from '../../../../domain/items/roles';
import { useLoad } from '../../lib/useLoad';
import { useWords } from '../../lib/words';
import { FormButton } from '../imports/StandardForms';
import { QueueTable } from './QueueTable';
import '../ledger/ledger.css';

/**
 * 待办: every step that waits on the signed-in user, one tab per queue of their role with its count,
 * each sorted by the date it is due (with the light). Each row opens the item page, where the step is taken.
 */
export default function QueuesPage() {
  const [sp, setSp] = useSearchParams();
  const user = useUser();
  // A CPPCC committee's member or proposal committee reads its queues in proposal words (待确认联名, 待委员评价 …).
  const w = useWords();
  const { data, error, loading, reload } = useLoad((signal) => queuesApi.counts(signal), []);
  const queues = data?.queues ?? [];
  // The tab asked for in the address, else the first with something in it, else the first.
  const asked = queues.find((q) => q.key === sp.get('tab'));
  const active: QueueKey | undefined = asked?.key ?? queues.find((q) => q.count > 0)?.key ?? queues[0]?.key;

  return (
    <>
      <div className="page-title">
        <h1>待办</h1>
        {user.role === 'deputy' && (
          <Link to="/submit">
            <Button type="primary" icon={<EditOutlined />}>
              提出{w.item}
            </Button>
          </Link>
        )}
        {isUnitRole(user.role) && (
          <Space wrap>
            <FormButton form="responsibility" />
            <FormButton form="visitCard" />
            <FormButton form="referenceContacts" />
          </Space>
        )}
        <Tooltip title="刷新">
          <Button aria-label="刷新" icon={<ReloadOutlined />} onClick={reload} />
        </Tooltip>
      </div>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : loading && !data ? (
        <PageLoading />
      ) : !active ? (
        <EmptyState description="当前角色没有待办事项" />
      ) : (
        <Card styles={{ body: { paddingTop: 4 } }}>
          <Tabs
            activeKey={active}
            onChange={(k) => setSp({ tab: k }, { replace: true })}
            items={queues.map((q) => ({
              key: q.key,
              label: (
                <span>
                  {w.say(q.label)}
                  <Badge count={q.count} showZero={false} overflowCount={999} offset={[6, -2]} color={q.count ? '#1d4f91' : undefined} />
                </span>
              ),
              children: q.key === active ? <QueueTable queue={q.key} empty={w.say(QUEUES[q.key].empty)} onChanged={reload} /> : null,
            }))}
          />
        </Card>
      )}
    </>
  );
}
