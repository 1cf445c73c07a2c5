import { Select, Space } from 'antd';
import { useState } from 'react';
import { duty } from '../../api/duty';
import { LoadError, PageLoading } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { DeputyDutyView } from './DeputyDutyView';
import { DutyFileButton } from './DutyFileButton';
import { yearOptions } from './parts';

/**
 * 我的履职: a deputy's own year on the phone — the seven targets met and short, the points, the records
 * the liaison office or the delegation entered, the suggestions and the hotline problems with their state.
 */
export default function MyDutyPage() {
  const [year, setYear] = useState<number | undefined>();
  const { data, error, reload } = useLoad((signal) => duty.me(year, signal), [year]);
  return (
    <>
      <div className="page-title">
        <h1>我的履职</h1>
        {data && (
          <Space wrap>
            <Select<number> aria-label="年度" value={data.year} style={{ width: 120 }} onChange={setYear} options={yearOptions(data.years)} />
            <DutyFileButton deputyId={data.deputy.id} year={data.year} />
          </Space>
        )}
      </div>
      {error ? <LoadError error={error} onRetry={reload} /> : !data ? <PageLoading /> : <DeputyDutyView d={data} />}
    </>
  );
}
