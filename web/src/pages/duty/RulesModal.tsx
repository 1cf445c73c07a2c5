import { Alert, App, Form, InputNumber, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { dutyRulesBody } from '../../../../domain/contracts/duty';
import { ApiError } from '../../api/client';
import { duty, type DutyRuleLine, type DutyRules } from '../../api/duty';
import { validate } from '../../lib/forms';
import { useIsMobile } from '../../lib/useIsMobile';
import { STALE_TEXT } from './parts';

interface Values {
  rules: { kind: DutyRuleLine['kind']; points: number | null; cap: number | null }[];
}

/**
 * 积分规则: the points each duty earns and the most a year, for the congress's year — the seed's
 * 每条积1分，累计最高积5分 for the hotline as the default. Read only for those who may not edit.
 */
export function RulesModal({ book, onClose, onChanged }: { book: DutyRules; onClose: () => void; onChanged: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  const save = async () => {
    setGeneral(null);
    const v = form.getFieldsValue(true) as Values;
    const body = {
      ...(book.version === null ? {} : { version: book.version }),
      rules: v.rules.map((r) => ({ kind: r.kind, points: r.points ?? undefined, cap: r.cap ?? null })),
    };
    const checked = validate(dutyRulesBody, body, form, []);
    if (!checked.ok) return setGeneral(checked.general.join('；'));
    setBusy(true);
    try {
      await duty.saveRules(book.year, checked.data);
      message.success('积分规则已保存，积分已按新规则计算');
      onClose();
      onChanged();
    } catch (e) {
      if (e instanceof ApiError && e.isStale) {
        message.warning(STALE_TEXT, 6);
        onClose();
        onChanged();
      } else setGeneral(e instanceof ApiError ? e.message : '保存失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`${book.year}年度履职积分规则`}
      okText="保存"
      cancelText={book.mayEdit ? '取消' : '关闭'}
      onOk={() => void save()}
      onCancel={onClose}
      okButtonProps={{ style: book.mayEdit ? undefined : { display: 'none' } }}
      confirmLoading={busy}
      width={mobile ? 'calc(100vw - 20px)' : 720}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">
        每项目标任务每完成一次积相应分数，累计不超过上限（上限留空为不设上限）。
        {book.isDefault ? '本年度尚未制定积分规则，以下为默认规则。' : ''}
      </Typography.Paragraph>
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} initialValues={{ rules: book.rules.map((r) => ({ kind: r.kind, points: r.points, cap: r.cap })) }} disabled={!book.mayEdit}>
        <Form.List name="rules">
          {(fields) => (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields.map((f) => ({ key: f.key, name: f.name }))}
              scroll={{ x: 520 }}
              columns={[
                { title: '目标任务', key: 'label', render: (_, f) => book.rules[f.name].label },
                {
                  title: '每次积分',
                  key: 'points',
                  width: 120,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'points']} style={{ marginBottom: 0 }}>
                      <InputNumber min={0} max={100} step={1} aria-label={`${book.rules[f.name].label}每次积分`} />
                    </Form.Item>
                  ),
                },
                {
                  title: '累计上限',
                  key: 'cap',
                  width: 130,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'cap']} style={{ marginBottom: 0 }}>
                      <InputNumber min={0} max={1000} step={1} placeholder="不设上限" aria-label={`${book.rules[f.name].label}累计上限`} />
                    </Form.Item>
                  ),
                },
                { title: '统计方式', key: 'counted', width: 130, render: (_, f) => (book.rules[f.name].counted ? '系统自动统计' : '录入并上传佐证') },
              ]}
            />
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
