import { Alert, Form, List, Modal, Progress, Tag, Typography } from 'antd';
import { useState } from 'react';
import { BATCH_ACTIONS } from '../../../../domain/batch/actions';
import { DomainError } from '../../../../domain/errors';
import { validatePlan } from '../../../../domain/items/assignment-plan';
import type { BatchAction } from '../../api/batch';
import { planOf } from '../item/forms/assignment/plan';
import { BatchParamsForm, type ParamValues } from './BatchParamsForm';
import type { BatchParams, Selected } from './selection';
import { useBatchRun } from './useBatchRun';

/**
 * One batch: what the rows share (if anything), then the run with a progress bar and a line per row —
 * done, or why not. Closing after a run reloads the list.
 */
export function BatchDialog({ action, rows, onClose }: { action: BatchAction; rows: Selected[]; onClose: (ran: boolean) => void }) {
  const [form] = Form.useForm<ParamValues>();
  const { progress, run } = useBatchRun();
  const [error, setError] = useState<string | null>(null);
  const def = BATCH_ACTIONS[action];
  const started = progress.total > 0;
  const failed = progress.results.filter((r) => !r.ok);

  const start = async () => {
    setError(null);
    const v = await form.validateFields();
    const params: BatchParams = { categoryId: v.categoryId, note: v.note?.trim() };
    if (action === 'assign') {
      const units = planOf(v);
      try {
        validatePlan(v.mode ?? 'single', units, v.leadingLeader);
      } catch (e) {
        setError(e instanceof DomainError ? e.message : '交办方案不完整');
        return;
      }
      params.plan = { mode: v.mode ?? 'single', units, leadingLeader: v.mode === 'leaderLed' ? v.leadingLeader : undefined };
    }
    await run(action, rows, params);
  };

  return (
    <Modal
      open
      title={`${def.label}（${rows.length} 件）`}
      width={action === 'assign' ? 640 : 520}
      okText={started ? '完成' : `${def.verb} ${rows.length} 件`}
      cancelText="取消"
      cancelButtonProps={{ style: started ? { display: 'none' } : undefined }}
      okButtonProps={{ loading: progress.running }}
      onOk={() => (started ? onClose(true) : void start())}
      onCancel={() => !progress.running && onClose(started)}
      maskClosable={false}
      destroyOnHidden
    >
      {!started && (
        <>
          <Typography.Paragraph>
            将逐件{def.verb}：每件单独办理、单独记入办理过程；某件不能{def.verb}时说明原因，其余照常进行。
          </Typography.Paragraph>
          <BatchParamsForm action={action} form={form} />
          {error && <Alert type="error" showIcon title={error} />}
        </>
      )}
      {started && (
        <>
          <Progress
            percent={Math.round((progress.done / progress.total) * 100)}
            status={progress.running ? 'active' : failed.length ? 'exception' : 'success'}
            aria-label="批量处理进度"
          />
          <Typography.Paragraph>
            已处理 {progress.done} / {progress.total} 件，成功 {progress.results.length - failed.length} 件{failed.length ? `，未成功 ${failed.length} 件` : ''}
            。
          </Typography.Paragraph>
          {failed.length > 0 && (
            <List
              size="small"
              bordered
              header="未成功的件及原因"
              dataSource={failed}
              renderItem={(r) => (
                <List.Item>
                  <Tag color="red">{r.number}</Tag>
                  {r.message}
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </Modal>
  );
}
