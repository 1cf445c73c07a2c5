import { Alert, App, Button, Card, Col, Form, Row, Select, Space, Typography, type FormInstance } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { rulesProfileValuesSchema } from '../../../../domain/deadlines/rules-profile';
import type { PresetId } from '../../../../domain/deadlines/presets';
import { adminApi } from '../../api/admin';
import { api, ApiError } from '../../api/client';
import { LoadError, PageLoading } from '../../components/PageStates';
import { formatDateTime, todayInShanghai } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { ContactRules } from './ContactRules';
import { DurationRules } from './DurationRules';
import { ReminderRules } from './ReminderRules';
import { ResultClassRules } from './ResultClassRules';
import { ReviewRules } from './ReviewRules';
import { formPath, fromForm, labelOf, toForm, type RulesFormValues } from './rules-form';
import { SupervisionRules } from './SupervisionRules';
import { TargetRules } from './TargetRules';
import { UnitScoreWeights } from './UnitScoreWeights';
import { WorkOrderRules } from './WorkOrderRules';
import './admin.css';

const thisYear = Number(todayInShanghai().slice(0, 4));

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
  const years = useMemo(
    () => [...new Set([...(sessions.data ?? []).map((s) => s.year), thisYear - 1, thisYear, thisYear + 1])].sort((a, b) => b - a),
    [sessions.data],
  );

  // A year's profile, once loaded, fills the form and the preset and clears the last error
  // (the state while rendering, as React advises; the form, which antd holds, in an effect).
  const [shownFor, setShownFor] = useState({ data: record.data, year });
  if (shownFor.data !== record.data || shownFor.year !== year) {
    setShownFor({ data: record.data, year });
    if (record.data && record.data.year === year) {
      setPreset(record.data.preset);
      setGeneral(null);
    }
  }
  useEffect(() => {
    if (!record.data || record.data.year !== year) return;
    form.setFieldsValue(toForm(record.data.values));
  }, [record.data, year, form]);

  const pickPreset = (id: PresetId) => {
    const p = presets.data?.find((x) => x.id === id);
    if (!p) return;
    setPreset(id);
    // A preset holds a jurisdiction's deadlines and targets; whether the delegations review first stays as set.
    form.setFieldsValue({ ...toForm(p.values), delegationReview: form.getFieldValue('delegationReview') as boolean });
    message.info(`已填入${p.name}的规定，保存后生效`);
  };

  const save = async () => {
    const shown = form.getFieldsValue(true) as RulesFormValues;
    const values = fromForm(shown);
    const parsed = rulesProfileValuesSchema.safeParse(values);
    const plain = form as unknown as FormInstance;
    plain.setFields(plain.getFieldsError().map((f) => ({ name: f.name, errors: [] })));
    if (!parsed.success) {
      plain.setFields(parsed.error.issues.map((i) => ({ name: formPath(i.path), errors: [i.message] })));
      setGeneral(`请修改：${parsed.error.issues.map((i) => `${labelOf(i.path, shown)} ${i.message}`).join('；')}`);
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
                  <Select
                    aria-label="法规预设"
                    placeholder="选择预设"
                    value={preset ?? undefined}
                    onChange={pickPreset}
                    options={presets.data.map((p) => ({ value: p.id, label: p.name }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={14}>
                <Typography.Text type="secondary">
                  {r.stored
                    ? `${year}年规则已配置（第 ${r.version} 版，${r.updatedBy ?? ''} 于 ${formatDateTime(r.updatedAt)} 保存）`
                    : `${year}年尚未单独配置，当前使用系统默认值`}
                </Typography.Text>
              </Col>
            </Row>
            {chosen && <Alert type="info" showIcon title={`预设依据：${chosen.name}`} description={chosen.source} />}
          </Card>
          <ReviewRules />
          <DurationRules />
          <SupervisionRules />
          <ReminderRules />
          <ContactRules />
          <ResultClassRules />
          <TargetRules />
          <UnitScoreWeights />
          <WorkOrderRules />
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
