import { Modal, Table } from 'antd';
import { levelsApi, type RollUpFigure, type RollUpItems } from '../../api/levels';
import { LoadError } from '../../components/PageStates';
import { LightDot } from '../../components/Status';
import { useLoad } from '../../lib/useLoad';

/** The items behind one figure of a lower body, read only (drill-down of the roll-up). */
export function RollUpItemsModal(props: { congressId: number; name: string; year: number; figure: RollUpFigure; onClose: () => void }) {
  const { data, error, loading, reload } = useLoad(
    (signal) => levelsApi.rollUpItems({ congressId: props.congressId, year: props.year, figure: props.figure }, signal),
    [props.congressId, props.year, props.figure],
  );
  const title = data ? `${props.name} · ${data.figureLabel}（${data.total} 件）` : props.name;
  return (
    <Modal open title={title} onCancel={props.onClose} footer={null} width={960}>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table<RollUpItems['items'][number]>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '没有对应的建议' }}
          columns={[
            { title: '编号', dataIndex: 'number', width: 110 },
            { title: '标题', dataIndex: 'title' },
            { title: '状态', dataIndex: 'stateLabel', width: 110 },
            { title: '承办单位', dataIndex: 'units', width: 180, render: (u: string | null) => u ?? '—' },
            {
              title: '期限',
              key: 'due',
              width: 130,
              render: (_, r) => (
                <span>
                  {r.light && <LightDot light={r.light} />} {r.currentDue ?? '—'}
                </span>
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
