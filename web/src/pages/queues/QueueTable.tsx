import { Alert, App, Table } from 'antd';
import { useState } from 'react';
import { actions } from '../../api/actions';
import { ApiError } from '../../api/client';
import { QUEUES_CHANGED, queuesApi, type QueueKey, type QueueRow } from '../../api/queues';
import { useUser } from '../../auth/AuthContext';
import { EmptyState, LoadError } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { seesBothKinds, useWords, wordsOf } from '../../lib/words';
import { QUEUES, type QueueDef } from '../../../../domain/queues/catalog';
import { BatchBar } from '../batch/BatchBar';
import type { Selected } from '../batch/selection';
import { queueColumns, type QuickStep } from './queue-columns';

const PAGE_SIZE = 50;

/** One queue: what to do (the hint), its rows soonest due first, 签收 from the list for new assignments. */
export function QueueTable({ queue, empty, onChanged }: { queue: QueueKey; empty: string; onChanged: () => void }) {
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useLoad((signal) => queuesApi.page(queue, page, PAGE_SIZE, signal), [queue, page]);
  const user = useUser();
  const w = useWords();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<number | null>(null);
  // 批量处理: the queue's one batch action, on the rows ticked on this page.
  const batch = (QUEUES[queue] as QueueDef).batch;
  const [picked, setPicked] = useState<number[]>([]);
  const selected: Selected[] = (data?.rows ?? [])
    .filter((r) => picked.includes(r.id))
    .map((r) => ({ itemId: r.id, number: r.number, title: r.title, version: r.version, reply: r.myReply, taskVersion: r.myTask?.version }));

  // One step from the list; a stale row (someone else acted) reloads with the server's message.
  const step = (label: string, call: (r: QueueRow) => Promise<unknown>) => async (r: QueueRow) => {
    setBusy(r.id);
    try {
      await call(r);
      message.success(`已${label} ${r.number}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : `${label}失败，请稍后重试`);
    } finally {
      setBusy(null);
      reload();
      onChanged();
      window.dispatchEvent(new Event(QUEUES_CHANGED));
    }
  };
  const quick = quickStepOf(queue, user.role, step, busy);

  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <>
      {data && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={w.say(data.hint)} />}
      {batch && (
        <BatchBar
          selected={selected}
          actions={[batch]}
          onClear={() => setPicked([])}
          onDone={() => {
            reload();
            onChanged();
          }}
        />
      )}
      <Table<QueueRow>
        rowKey="id"
        size="middle"
        columns={queueColumns(queue, data?.dueLabel ?? '期限', w, seesBothKinds(user.role), quick)}
        dataSource={data?.rows ?? []}
        rowSelection={batch ? { selectedRowKeys: picked, onChange: (keys) => setPicked(keys as number[]), columnWidth: 40 } : undefined}
        loading={loading}
        scroll={{ x: 900 }}
        locale={{ emptyText: loading ? ' ' : <EmptyState description={empty} /> }}
        pagination={
          data && data.total > PAGE_SIZE
            ? { current: page, pageSize: PAGE_SIZE, total: data.total, onChange: setPage, showSizeChanger: false, showTotal: (n) => `共 ${n} 件` }
            : false
        }
      />
    </>
  );
}

type Step = (label: string, call: (r: QueueRow) => Promise<unknown>) => (r: QueueRow) => Promise<void>;

/** The step a queue's rows take from the list, if any (签收; the reply's review, sign-off and sending). */
function quickStepOf(queue: QueueKey, role: string, step: Step, busy: number | null): QuickStep | undefined {
  const reply = (label: string, path: 'approve' | 'sign-off' | 'send', state: string): QuickStep => ({
    label,
    confirm: (r) => `${label}第 ${r.number} 号${wordsOf(r.kind).item}的答复？`,
    can: (r) => r.myReply?.state === state,
    run: (r) => void step(label, (x) => actions.replyStep(x.id, x.myReply!.id, path, { version: x.myReply!.version }))(r),
    busy,
  });
  switch (queue) {
    case 'assignments':
      if (role !== 'unitOffice') return undefined;
      return {
        label: '签收',
        can: (r) => !r.myTask?.acknowledgedAt && (r.myTask?.state === 'draft' || r.myTask?.state === 'assigned'),
        run: (r) => void step('签收', (x) => actions.acknowledgeAssignment(x.id, { taskVersion: x.myTask!.version }))(r),
        busy,
      };
    case 'repliesToReview':
      return reply('审核通过', 'approve', 'inReview');
    case 'repliesToSign':
      return reply('签发', 'sign-off', 'awaitingSignOff');
    case 'repliesToSend':
      return reply('发送', 'send', 'signed');
    default:
      return undefined;
  }
}
