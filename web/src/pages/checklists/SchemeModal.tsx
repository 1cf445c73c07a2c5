import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { schemeBody } from '../../../../domain/contracts/checklists';
import { ApiError } from '../../api/client';
import { checklists, type AssessmentAnswer, type Scheme } from '../../api/checklists';
import { useIsMobile } from '../../lib/useIsMobile';
import { checkNested, serverNested } from './nested-errors';
import { STALE_TEXT } from './parts';

type Values = Pick<Scheme, 'indicators' | 'bonusItems' | 'deductionItems' | 'bonusCap'>;
const LISTS = ['indicators', 'bonusItems', 'deductionItems'];
const known = (p: (string | number)[]) =>
  (p.length === 1 && [...LISTS, 'bonusCap'].includes(String(p[0]))) || (p.length === 3 && LISTS.includes(String(p[0])) && typeof p[1] === 'number');

/** 考核方案: each indicator's points and rule, the bonus and deduction items, the cap on bonuses — made from the seed's defaults. */
export function SchemeModal({ a, onClose, onChanged }: { a: AssessmentAnswer; onClose: () => void; onChanged: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const start = a.scheme ?? a.defaults;

  const save = async () => {
    setGeneral(null);
    const v = form.getFieldsValue(true) as Values;
    const body = {
      ...(a.version === null ? {} : { version: a.version }),
      indicators: v.indicators.map((i) => ({ key: i.key, points: i.points, evidenceRule: i.evidenceRule ?? '' })),
      bonusItems: v.bonusItems ?? [],
      deductionItems: v.deductionItems ?? [],
      bonusCap: v.bonusCap,
    };
    const checked = checkNested(schemeBody, body, form, known);
    if (!checked.ok) return setGeneral(checked.general.join('；') || '请按提示修改标红的内容');
    setBusy(true);
    try {
      await checklists.saveScheme(a.year, checked.data);
      message.success('考核方案已保存');
      onClose();
      onChanged();
    } catch (e) {
      if (e instanceof ApiError && e.isStale) {
        message.warning(STALE_TEXT, 6);
        onClose();
        onChanged();
      } else setGeneral(serverNested(e, form, known) ?? '请按提示修改标红的内容');
    } finally {
      setBusy(false);
    }
  };

  const items = (name: 'bonusItems' | 'deductionItems', label: string) => (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <>
          <Typography.Text strong>{label}</Typography.Text>
          {fields.map((f) => (
            <Space key={f.key} align="start" wrap style={{ display: 'flex', marginTop: 8 }}>
              <Form.Item name={[f.name, 'name']} style={{ marginBottom: 0, width: 200 }}>
                <Input placeholder="项目名称" aria-label={`${label}名称`} maxLength={50} />
              </Form.Item>
              <Form.Item name={[f.name, 'points']} style={{ marginBottom: 0 }}>
                <InputNumber min={0} max={100} step={0.5} placeholder="最多分值" aria-label={`${label}分值`} />
              </Form.Item>
              <Form.Item name={[f.name, 'rule']} style={{ marginBottom: 0, width: mobile ? 260 : 340 }}>
                <Input placeholder="适用情形" aria-label={`${label}适用情形`} maxLength={300} />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={`删除${label}`} />
            </Space>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add({ name: '', points: 1, rule: '' })}>
            添加{label}
          </Button>
        </>
      )}
    </Form.List>
  );

  return (
    <Modal
      open
      title={`${a.year}年度考核方案`}
      okText="保存"
      cancelText="取消"
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={busy}
      width={mobile ? 'calc(100vw - 20px)' : 900}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={start} onValuesChange={() => setGeneral(null)}>
        <Form.List name="indicators">
          {(fields) => (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              columns={[
                { title: '考核指标', key: 'label', width: 200, render: (_, f) => start.indicators[f.name].label },
                {
                  title: '分值',
                  key: 'points',
                  width: 110,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'points']} style={{ marginBottom: 0 }}>
                      <InputNumber min={0} max={100} step={0.5} aria-label={`${start.indicators[f.name].label}分值`} />
                    </Form.Item>
                  ),
                },
                {
                  title: '计分细则',
                  key: 'rule',
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'evidenceRule']} style={{ marginBottom: 0 }}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} aria-label={`${start.indicators[f.name].label}计分细则`} />
                    </Form.Item>
                  ),
                },
              ]}
            />
          )}
        </Form.List>
        <div style={{ marginTop: 16 }}>{items('bonusItems', '加分项目')}</div>
        <Form.Item name="bonusCap" label="加分上限（分）" style={{ marginTop: 12 }}>
          <InputNumber min={0} max={100} step={0.5} aria-label="加分上限" />
        </Form.Item>
        {items('deductionItems', '扣分项目')}
      </Form>
    </Modal>
  );
}
