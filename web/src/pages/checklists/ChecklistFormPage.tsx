import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Result, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { QUARTERS, QUARTER_LABELS } from '../../../../domain/checklists/checklists';
import { createChecklistBody } from '../../../../domain/contracts/checklists';
import { ApiError } from '../../api/client';
import { checklists, type ChecklistDetail, type Township } from '../../api/checklists';
import { LoadError, PageLoading } from '../../components/PageStates';
import { todayInShanghai } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { EntriesEditor, type EntryValues } from './EntriesEditor';
import { checkNested, serverNested } from './nested-errors';

interface Values {
  year?: number;
  quarter?: number;
  title?: string;
  townshipIds?: number[];
  entries?: EntryValues[];
}

const TOP = ['year', 'quarter', 'title', 'townshipIds', 'entries'];
const ENTRY_FIELDS = ['type', 'text', 'dueOn', 'evidence', 'indicator'];
const known = (p: (string | number)[]) =>
  (p.length === 1 && TOP.includes(String(p[0]))) || (p.length === 3 && p[0] === 'entries' && typeof p[1] === 'number' && ENTRY_FIELDS.includes(String(p[2])));

/** 新建清单 / 修改清单: a draft checklist as a whole — quarter, title, townships, entries. */
export default function ChecklistFormPage() {
  const { checklistId } = useParams();
  const id = checklistId ? Number(checklistId) : null;
  const data = useLoad(
    async (signal) => ({ towns: (await checklists.townships(signal)).townships, detail: id ? await checklists.get(id, signal) : null }),
    [id],
  );
  if (data.error) return <LoadError error={data.error} onRetry={data.reload} />;
  if (!data.data) return <PageLoading />;
  const { towns, detail } = data.data;
  if (detail && !detail.mayEdit)
    return <Result status="info" title="这份清单已经下发，不能再修改" extra={<Link to={`/checklists/${detail.checklist.id}`}>返回清单</Link>} />;
  return <ChecklistForm towns={towns} detail={detail} />;
}

function initialValues(towns: Township[], d: ChecklistDetail | null): Values {
  if (d)
    return {
      year: d.checklist.year,
      quarter: d.checklist.quarter,
      title: d.checklist.title,
      townshipIds: d.checklist.townshipList.map((t) => t.id),
      entries: d.entries.map((e) => ({ type: e.type, text: e.text, dueOn: dayjs(e.dueOn), evidence: e.evidence, indicator: e.indicator ?? '' })),
    };
  const today = todayInShanghai();
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return {
    year: Number(today.slice(0, 4)),
    quarter,
    townshipIds: towns.map((t) => t.id),
    entries: [{ type: 'statutory', indicator: 'statutoryMeetings' }],
  };
}

function ChecklistForm({ towns, detail }: { towns: Township[]; detail: ChecklistDetail | null }) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  const save = async () => {
    setGeneral(null);
    const v = form.getFieldsValue(true) as Values;
    const body = {
      year: v.year,
      quarter: v.quarter,
      title: v.title ?? '',
      townshipIds: v.townshipIds ?? [],
      entries: (v.entries ?? []).map((e) => ({
        type: e.type,
        text: e.text ?? '',
        dueOn: e.dueOn ? e.dueOn.format('YYYY-MM-DD') : '',
        evidence: e.evidence ?? '',
        indicator: e.indicator ? e.indicator : null,
      })),
    };
    const checked = checkNested(createChecklistBody, body, form, known);
    if (!checked.ok) return setGeneral(checked.general.length ? checked.general.join('；') : '请按提示修改标红的内容');
    setBusy(true);
    try {
      const id = detail
        ? (await checklists.update(detail.checklist.id, { ...checked.data, version: detail.checklist.version })).checklist.id
        : (await checklists.create(checked.data)).id;
      message.success(detail ? '清单已保存' : '清单草稿已新建，核对无误后即可下发');
      navigate(`/checklists/${id}`);
    } catch (e) {
      if (e instanceof ApiError && e.isStale) {
        setGeneral('这份清单刚被他人修改或已经下发，请返回清单查看最新内容后再改');
      } else setGeneral(serverNested(e, form, known) ?? '请按提示修改标红的内容');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="page-title">
        <h1>{detail ? '修改清单' : '新建清单'}</h1>
        <Link to={detail ? `/checklists/${detail.checklist.id}` : '/checklists'}>返回</Link>
      </div>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues(towns, detail)} onValuesChange={() => setGeneral(null)}>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card title="清单信息">
            <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
              <Form.Item name="year" label="年度" required style={{ flex: '1 1 120px' }}>
                <InputNumber min={2000} max={2100} style={{ width: '100%' }} aria-label="年度" />
              </Form.Item>
              <Form.Item name="quarter" label="季度" required style={{ flex: '1 1 140px' }}>
                <Select aria-label="季度" options={QUARTERS.map((q) => ({ value: q, label: QUARTER_LABELS[q] }))} />
              </Form.Item>
              <Form.Item name="title" label="清单标题" required style={{ flex: '4 1 320px' }}>
                <Input maxLength={100} placeholder="如：2026年第一季度乡镇人大工作指导清单" />
              </Form.Item>
            </div>
            <Form.Item name="townshipIds" label="下发乡镇" required style={{ marginBottom: 0 }}>
              <Checkbox.Group options={towns.map((t) => ({ value: t.id, label: t.name }))} />
            </Form.Item>
          </Card>
          <Card title="清单事项">
            <EntriesEditor form={form} />
          </Card>
          {general && <Alert type="error" showIcon title={general} />}
          <Space>
            <Button type="primary" loading={busy} onClick={() => void save()}>
              保存草稿
            </Button>
            <Button onClick={() => navigate(detail ? `/checklists/${detail.checklist.id}` : '/checklists')}>取消</Button>
          </Space>
        </Space>
      </Form>
    </>
  );
}
