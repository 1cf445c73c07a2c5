import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Switch, Typography, type FormInstance } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { rulesProfileValuesSchema } from '../../../../domain/deadlines/rules-profile';
import type { PresetId } from '../../../../domain/deadlines/presets';
import { adminApi } from '../../api/admin';
import { api, ApiError } from '../../api/client';
import { LoadError, PageLoading } from '../../components/PageStates';
import { formatDateTime, todayInShanghai } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { UnitScoreWeights } from './UnitScoreWeights';
import { DURATION_FIELDS, formPath, fromForm, labelOf, toForm, UNIT_OPTIONS, WEEKDAY_OPTIONS, type RulesFormValues } from './rules-form';

const thisYear = Number(todayInShanghai().slice(0, 4));
const num = (suffix: string, max: number, min = 0) => <InputNumber min={min} max={max} precision={0} suffix={suffix} style={{ width: 180 }} />;

/** 规则配置: per year, start from a jurisdiction's preset, edit every number, save (open items' deadlines are recomputed). */
export default function RulesPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<RulesFormValues>();
  const [year, setYear] = useState(thisYear);
  const [preset, setPreset] = useState<PresetId | null>(null);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const presets = useLoad((signal) => adminApi.listPresets(signal), []);
  const sessions = useLoad(() => api.listSessions(), []);
  const record = useLoad((signal) => adminApi.getRulesProfile(year, signal), [year]);
  const years = useMemo(() => [...new Set([...(sessions.data ?? []).map((s) => s.year), thisYear - 1, thisYear, thisYear + 1])].sort((a, b) => b - a), [sessions.data]);

  useEffect(() => {
    if (!record.data || record.data.year !== year) return;
    form.setFieldsValue(toForm(record.data.values));
    setPreset(record.data.preset);
    setGeneral(null);
  }, [record.data, year, form]);

  const pickPreset = (id: PresetId) => {
    const p = presets.data?.find((x) => x.id === id);
    if (!p) return;
    setPreset(id);
    form.setFieldsValue(toForm(p.values));
    message.info(`已填入${p.name}的规定，保存后生效`);
  };

  const save = async () => {
    const values = fromForm(form.getFieldsValue(true) as RulesFormValues);
    const parsed = rulesProfileValuesSchema.safeParse(values);
    const plain = form as unknown as FormInstance;
    plain.setFields(plain.getFieldsError().map((f) => ({ name: f.name, errors: [] })));
    if (!parsed.success) {
      plain.setFields(parsed.error.issues.map((i) => ({ name: formPath(i.path), errors: [i.message] })));
      setGeneral(`请修改：${parsed.error.issues.map((i) => `${labelOf(i.path)} ${i.message}`).join('；')}`);
      return;
    }
    setBusy(true);
    setGeneral(null);
    try {
      const r = await adminApi.saveRulesProfile(year, { preset, values: parsed.data, version: record.data?.version ?? undefined });
      message.success(`已保存 ${year} 年规则配置，重算了 ${r.recomputed} 件在办件的期限`);
      record.reload();
    } catch (e) {
      setGeneral(e instanceof ApiError ? e.message : '保存失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  const chosen = presets.data?.find((p) => p.id === preset);
  const r = record.data;
  return (
    <>
      <div className="page-title">
        <h1>规则配置</h1>
        <Space wrap>
          <span>年度</span>
          <Select aria-label="年度" value={year} onChange={setYear} style={{ width: 120 }} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
        </Space>
      </div>
      {record.error ? (
        <LoadError error={record.error} onRetry={record.reload} />
      ) : !r || !presets.data ? (
        <PageLoading />
      ) : (
        <Form form={form} layout="vertical" onFinish={save} requiredMark={false}>
          <Card style={{ marginBottom: 16 }}>
            <Row gutter={24} align="middle">
              <Col xs={24} md={10}>
                <Form.Item label="从各地法规预设开始" style={{ marginBottom: 8 }}>
                  <Select aria-label="法规预设" placeholder="选择预设" value={preset ?? undefined} onChange={pickPreset} options={presets.data.map((p) => ({ value: p.id, label: p.name }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={14}>
                <Typography.Text type="secondary">
                  {r.stored ? `${year}年规则已配置（第 ${r.version} 版，${r.updatedBy ?? ''} 于 ${formatDateTime(r.updatedAt)} 保存）` : `${year}年尚未单独配置，当前使用系统默认值`}
                </Typography.Text>
              </Col>
            </Row>
            {chosen && <Alert type="info" showIcon title={`预设依据：${chosen.name}`} description={chosen.source} />}
          </Card>
          <Card title="办理期限" style={{ marginBottom: 16 }}>
            <Row gutter={24}>
              {DURATION_FIELDS.map((f) => (
                <Col xs={24} md={12} xl={8} key={f.key}>
                  <Form.Item label={f.label} extra={f.help} required>
                    <Space.Compact>
                      <Form.Item name={[f.key, 'amount']} noStyle>
                        <InputNumber aria-label={`${f.label}数值`} min={1} max={1000} precision={0} style={{ width: 100 }} />
                      </Form.Item>
                      <Form.Item name={[f.key, 'unit']} noStyle>
                        <Select aria-label={`${f.label}单位`} options={UNIT_OPTIONS} style={{ width: 130 }} />
                      </Form.Item>
                    </Space.Compact>
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Card>
          <Card title="督办与节点" style={{ marginBottom: 16 }}>
            <Row gutter={24}>
              <Col xs={24} md={12} xl={8}>
                <Form.Item name="yellowDays" label="黄灯提示天数" extra="距期限不超过此天数时亮黄灯（R-SUP-1）">
                  {num('天', 365)}
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={8}>
                <Form.Item name="referenceContactBy" label="参阅件沟通截止日" extra="当年此日前须与代表沟通，格式 MM-DD（R-REVIEW-1）">
                  <Input style={{ width: 180 }} placeholder="10-31" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={8}>
                <Form.Item name="responsibilityConfirmBy" label="责任分解送代表确认截止日" extra="格式 MM-DD（R-HANDLE-1）">
                  <Input style={{ width: 180 }} placeholder="02-28" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={8}>
                <Form.Item name="keyItemsPerUnitMax" label="每个单位重点处理建议上限" extra="R-HANDLE-2">
                  {num('件', 50)}
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={8}>
                <Form.Item name="publishWithinDays" label="答复公开期限" extra="公开的答复在答复后此天数内公布（R-PUBLISH-1）">
                  {num('日内', 365)}
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={8}>
                <Form.Item label="每周提醒 / 催办日" extra="提醒有在办件的单位；催办进度滞后的单位（R-SUP-2）">
                  <Space.Compact>
                    <Form.Item name="weeklyReminderWeekday" noStyle>
                      <Select aria-label="每周提醒日" options={WEEKDAY_OPTIONS} style={{ width: 90 }} />
                    </Form.Item>
                    <Form.Item name="weeklyUrgeWeekday" noStyle>
                      <Select aria-label="每周催办日" options={WEEKDAY_OPTIONS} style={{ width: 90 }} />
                    </Form.Item>
                  </Space.Compact>
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card title="提醒、督办与通报（R-SUP-2、R-SUP-4、R-TRACK-1、R-ASSIGN-3）" style={{ marginBottom: 16 }}>
            <Row gutter={24}>
              <Col xs={24} md={12} xl={8}>
                <Form.Item name="remindersSkipHolidays" label="节假日不发每周提醒" valuePropName="checked" extra="提醒日逢节假日时，顺延到本周下一个工作日">
                  <Switch />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={8}>
                <Form.Item name="commitmentReminderDays" label="承诺事项到期前提醒" extra="完成时限前若干天提醒承办单位，可填多个；逾期时另提醒一次">
                  <Select mode="tags" aria-label="承诺事项到期前提醒天数" tokenSeparators={[',', '，', ' ']} suffixIcon={<span>天</span>} style={{ width: 220 }}
                    options={[60, 30, 15, 7, 3, 1].map((d) => ({ value: d, label: `${d}` }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={8}>
                <Form.Item name="adjustmentClosingNoticeDays" label="调整申请期截止前提醒" extra="交办后调整（退办）申请期截止前若干天提醒承办单位">
                  {num('天', 30)}
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={8}>
                <Form.Item name="bulletinDayOfMonth" label="每月自动生成进度通报日" extra="每月此日生成办理进度通报；0 为不自动生成">
                  {num('日', 28)}
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card title="沟通联系与走访" style={{ marginBottom: 16 }}>
            <Form.Item name="contactRateTarget" label="沟通联系率目标" extra="R-TALK-2">
              <InputNumber min={0} max={100} precision={2} suffix="%" style={{ width: 180 }} />
            </Form.Item>
            <Form.Item label="面商走访率目标（按主办件数分档，R-TALK-3）" extra="各档上限须递增；最后一档不设上限">
              <Form.List name="visitRateTargets">
                {(fields, { add, remove }) => (
                  <Space orientation="vertical" size={8}>
                    {fields.map((f, i) => (
                      <Space key={f.key} wrap>
                        <span>主办件数不超过</span>
                        <Form.Item name={[f.name, 'maxLeadItems']} noStyle>
                          <InputNumber aria-label={`第${i + 1}档件数上限`} min={0} precision={0} placeholder="不设上限" style={{ width: 110 }} />
                        </Form.Item>
                        <span>件，走访率</span>
                        <Form.Item name={[f.name, 'ratePercent']} noStyle>
                          <InputNumber aria-label={`第${i + 1}档走访率`} min={0} max={100} precision={2} suffix="%" style={{ width: 130 }} />
                        </Form.Item>
                        {fields.length > 1 && <MinusCircleOutlined aria-label="删除此档" onClick={() => remove(f.name)} />}
                      </Space>
                    ))}
                    <Button size="small" icon={<PlusOutlined />} onClick={() => add({ maxLeadItems: null, ratePercent: 30 }, Math.max(fields.length - 1, 0))}>
                      增加一档
                    </Button>
                  </Space>
                )}
              </Form.List>
            </Form.Item>
          </Card>
          <UnitScoreWeights />
          <Card title="代表专线工单（R-LINE-1）" style={{ marginBottom: 16 }}>
            <Row gutter={24}>
              <Col xs={24} md={8}>
                <Form.Item name={['workOrder', 'contactHours']} label="联系代表时限">
                  {num('小时内', 720, 1)}
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={['workOrder', 'handleWorkdays']} label="一般工单办理时限">
                  {num('个工作日', 365, 1)}
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={['workOrder', 'feedbackDays']} label="办结后反馈代表时限">
                  {num('日内', 365, 1)}
                </Form.Item>
              </Col>
            </Row>
          </Card>
          {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              保存 {year} 年规则配置
            </Button>
            <Button onClick={() => record.data && form.setFieldsValue(toForm(record.data.values))}>撤销修改</Button>
          </Space>
          <div className="muted" style={{ marginTop: 8 }}>
            保存后，该年度届次的在办件将按新规则重新计算各项期限，并在办理过程中留痕。
          </div>
        </Form>
      )}
    </>
  );
}
