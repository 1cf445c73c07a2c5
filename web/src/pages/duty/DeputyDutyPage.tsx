import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { duty, type DutyRecord } from '../../api/duty';
import { LoadError, PageLoading } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { DeputyDutyView } from './DeputyDutyView';
import { DutyFileButton } from './DutyFileButton';
import { RecordModal } from './RecordModal';
import { STALE_TEXT, yearOptions } from './parts';

/**
 * One deputy's year of duty as the liaison office, a supervisor or the delegation's contact person sees it:
 * the targets, points, records (entered, edited and deleted here by those who enter), the counted
 * suggestions and hotline problems, and the duty file (履职档案) as Word.
 */
export default function DeputyDutyPage() {
  const { deputyId } = useParams();
  const [search, setSearch] = useSearchParams();
  const { message } = App.useApp();
  const year = search.get('year') ? Number(search.get('year')) : undefined;
  const { data, error, reload } = useLoad((signal) => duty.deputy(Number(deputyId), year, signal), [deputyId, year]);
  const [editing, setEditing] = useState<DutyRecord | 'new' | null>(null);

  const remove = async (r: DutyRecord) => {
    try {
      await duty.remove(r.id, r.version);
      message.success('履职记录已删除');
    } catch (e) {
      message[e instanceof ApiError && e.isStale ? 'warning' : 'error'](e instanceof ApiError ? (e.isStale ? STALE_TEXT : e.message) : '删除失败，请稍后重试');
    }
    reload();
  };

  return (
    <>
      <div className="page-title">
        <Space size={8} wrap>
          <Link to="/duty" aria-label="返回代表履职">
            <ArrowLeftOutlined />
          </Link>
          <h1>{data ? `${data.deputy.name}代表的履职` : '代表履职'}</h1>
          {data?.deputy.delegationName && <span className="muted">{data.deputy.delegationName}</span>}
        </Space>
        {data && (
          <Space wrap>
            <Select<number>
              aria-label="年度"
              value={data.year}
              style={{ width: 120 }}
              onChange={(y) => setSearch({ year: String(y) })}
              options={yearOptions(data.years)}
            />
            {data.mayEnter && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                录入履职记录
              </Button>
            )}
            <DutyFileButton deputyId={data.deputy.id} year={data.year} />
          </Space>
        )}
      </div>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <DeputyDutyView d={data} onEdit={data.mayEnter ? setEditing : undefined} onDelete={data.mayEnter ? (r) => void remove(r) : undefined} />
      )}
      {editing && data && (
        <RecordModal deputies={[data.deputy]} record={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onChanged={reload} />
      )}
    </>
  );
}
