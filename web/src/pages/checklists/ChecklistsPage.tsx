import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { checklists, type ChecklistSummary } from '../../api/checklists';
import { useUser } from '../../auth/AuthContext';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { ChecklistTable } from './ChecklistTable';
import { CopyModal } from './CopyModal';
import { yearOptions } from './parts';

/**
 * 指导清单: the county's quarterly guidance checklists of a year — the county's liaison office drafts,
 * copies and issues them, its leaders follow every township's progress; a township's presidium sees the
 * checklists issued to it and reports its entries.
 */
export default function ChecklistsPage() {
  const user = useUser();
  const navigate = useNavigate();
  const township = user.role === 'townshipPresidium';
  const [year, setYear] = useState<number | undefined>();
  const [copying, setCopying] = useState<ChecklistSummary | null>(null);
  const { data, error, reload } = useLoad((signal) => checklists.list(year, signal), [year]);

  return (
    <>
      <div className="page-title">
        <h1>指导清单</h1>
        <Space wrap>
          {data && (
            <Select<number> aria-label="年度" value={year ?? data.years[0]} style={{ width: 120 }} onChange={setYear} options={yearOptions(data.years)} />
          )}
          {data?.mayIssue && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/checklists/new')}>
              新建清单
            </Button>
          )}
        </Space>
      </div>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoading />
      ) : data.checklists.length === 0 ? (
        <Card>
          <EmptyState description={emptyText(township, data.mayIssue, user.congress?.level)}>
            {data.mayIssue && (
              <Button type="primary" onClick={() => navigate('/checklists/new')}>
                新建本季度清单
              </Button>
            )}
          </EmptyState>
        </Card>
      ) : (
        <Card
          title={township ? '下发本乡镇的清单' : '本年度清单'}
          extra={
            !township && (
              <Link to="/checklist-overview" className="muted">
                查看总览
              </Link>
            )
          }
        >
          <ChecklistTable rows={data.checklists} township={township} mayIssue={data.mayIssue} onCopy={setCopying} />
        </Card>
      )}
      {copying && <CopyModal source={copying} onClose={() => setCopying(null)} onCopied={(id) => navigate(`/checklists/${id}`)} />}
    </>
  );
}

function emptyText(township: boolean, mayIssue: boolean, level: string | undefined): string {
  if (township) return '本年度县人大常委会尚未向本乡镇下发指导清单';
  if (mayIssue) return '本年度还没有指导清单。可以新建，也可以在往年的清单上点“复制”后修改';
  if (level && level !== 'county') return '乡镇人大工作指导清单由县级人大常委会向所辖乡镇下发，本级没有下辖乡镇';
  return '本年度县人大常委会尚未下发指导清单';
}
