import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Radio, Select, Space, Spin, TreeSelect, Typography, Upload, type UploadFile } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { submitSuggestionBody } from '../../../../domain/contracts/items';
import { api, ApiError } from '../../api/client';
import type { Category, Session } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { LoadError, PageLoading } from '../../components/PageStates';
import { ATTACHMENT_ACCEPT, checkAttachment, uploadFile } from '../../lib/attachments';
import { showFieldErrors, showServerError, validate } from '../../lib/forms';
import { PERIOD_LABELS } from '../../lib/labels';
import { useIsMobile } from '../../lib/useIsMobile';
import { useLoad } from '../../lib/useLoad';
import { categoryTree } from './category-tree';
import { DraftList } from './DraftList';
import { useCosignerSearch } from './useCosignerSearch';
import type { SubmitValues } from './submit-values';
import { useSubmitDrafts } from './useSubmitDrafts';

const FIELDS = ['sessionId', 'title', 'body', 'categoryId', 'period', 'cosignerDeputyIds', 'files'] as const;

/** 提出建议 (R-SUBMIT-1): a deputy submits alone or with co-signers, who then confirm. */
export default function SubmitPage() {
  const user = useUser();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<SubmitValues>();
  const ref = useLoad((signal) => Promise.all([api.listSessions(signal), api.listCategories(signal)]), []);
  const sessions: Session[] | null = ref.data?.[0] ?? null;
  const categories: Category[] = useMemo(() => ref.data?.[1] ?? [], [ref.data]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { options, searching, search, choose, preset } = useCosignerSearch(user.deputyId);
  const drafts = useSubmitDrafts(form, preset);

  const tree = useMemo(() => categoryTree(categories), [categories]);

  const onSubmit = async () => {
    setGeneral(null);
    const values = form.getFieldsValue(true) as SubmitValues;
    const v = validate(submitSuggestionBody, { ...values, categoryId: values.categoryId ?? null }, form, FIELDS);
    if (!v.ok) {
      if (v.general.length) setGeneral(v.general.join('；'));
      return;
    }
    const files = (values.files ?? []).map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f);
    const bad = files.map(checkAttachment).filter((m): m is string => !!m);
    if (bad.length) {
      showFieldErrors(form, [{ field: 'files', message: bad.join('；') }], FIELDS);
      return;
    }
    setBusy(true);
    try {
      // Submitted from a draft: the server removes the draft with the submission.
      const item = await api.submitSuggestion({ ...v.data, draftId: drafts.current?.id });
      message.success(values.cosignerDeputyIds.length ? `建议已提交（编号 ${item.number}），等待附议代表确认` : `建议已提交，编号 ${item.number}`);
      // The suggestion stands on its own; a failed upload is reported and can be retried from the item page.
      for (const f of files) {
        await uploadFile(item.id, f).catch((e) =>
          message.warning(`附件“${f.name}”上传失败：${e instanceof ApiError ? e.message : '网络错误'}。可在建议页面重新上传。`, 8),
        );
      }
      navigate(`/items/${item.id}`, { replace: true });
    } catch (e) {
      setGeneral(showServerError(e, form, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  if (ref.error) return <LoadError error={ref.error} onRetry={ref.reload} />;
  if (!sessions) return <PageLoading />;

  return (
    <>
      <div className="page-title">
        <h1>提出建议</h1>
      </div>
      <DraftList drafts={drafts.drafts} current={drafts.current?.id ?? null} onOpen={drafts.open} onDeleted={drafts.deleted} />
      <Card size={mobile ? 'small' : undefined} style={{ maxWidth: 880 }}>
        {sessions.length === 0 && <Alert type="warning" showIcon title="尚未设置届次会议，暂不能提出建议。" style={{ marginBottom: 16 }} />}
        {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
        <Form<SubmitValues>
          form={form}
          layout="vertical"
          initialValues={{ period: 'plenary', cosignerDeputyIds: [], sessionId: sessions.at(-1)?.id }}
          onValuesChange={(changed) => form.setFields(Object.keys(changed).map((name) => ({ name: name as never, errors: [] })))}
          onFinish={onSubmit}
        >
          <div style={{ display: 'flex', columnGap: 16, flexWrap: 'wrap' }}>
            <Form.Item name="sessionId" label="届次会议" required style={{ flex: '1 1 240px' }}>
              <Select options={sessions.map((s) => ({ value: s.id, label: s.name }))} placeholder="请选择" />
            </Form.Item>
            <Form.Item name="period" label="提出时间" required style={{ flex: '1 1 220px' }}>
              <Radio.Group optionType="button" options={(['plenary', 'interim'] as const).map((p) => ({ value: p, label: PERIOD_LABELS[p] }))} />
            </Form.Item>
          </div>
          <Form.Item name="title" label="标题" required extra="一般以“关于……的建议”为题，一事一议。">
            <Input maxLength={200} showCount placeholder="关于……的建议" />
          </Form.Item>
          <Form.Item name="categoryId" label="类别">
            <TreeSelect
              allowClear
              treeData={tree}
              placeholder="请选择建议类别"
              showSearch={{ treeNodeFilterProp: 'title' }}
              treeDefaultExpandAll={false}
              popupMatchSelectWidth
            />
          </Form.Item>
          <Form.Item name="body" label="正文" required>
            <Input.TextArea
              autoSize={{ minRows: mobile ? 8 : 12, maxRows: 30 }}
              maxLength={20000}
              showCount
              placeholder="建议写明基本情况、存在的问题和具体建议。"
            />
          </Form.Item>
          <Form.Item name="cosignerDeputyIds" label="附议代表（联名）" extra="输入姓名查找代表；提交后，附议代表需在系统中确认附议。不选则为个人提出。">
            <Select
              mode="multiple"
              allowClear
              placeholder="输入代表姓名查找"
              showSearch={{ filterOption: false, onSearch: search }}
              notFoundContent={searching ? <Spin size="small" /> : <span className="muted">输入姓名查找代表</span>}
              options={options}
              optionRender={(o) => (
                <div>
                  <div>{o.label}</div>
                  {o.data.occupation && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                      {o.data.occupation}
                    </Typography.Text>
                  )}
                </div>
              )}
              onChange={choose}
            />
          </Form.Item>
          <Form.Item
            name="files"
            label="附件（可选）"
            valuePropName="fileList"
            getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
            extra="可附调研报告、照片等：PDF、Word、Excel、JPG、PNG，单个不超过 10 MB。"
          >
            <Upload beforeUpload={() => false} multiple accept={ATTACHMENT_ACCEPT}>
              <Button icon={<UploadOutlined />}>选择文件</Button>
            </Upload>
          </Form.Item>
          <Space style={mobile ? { width: '100%', justifyContent: 'stretch' } : undefined} wrap>
            <Button type="primary" htmlType="submit" loading={busy} disabled={!sessions.length} block={mobile} style={mobile ? { minWidth: 160 } : undefined}>
              提交建议
            </Button>
            <Button onClick={() => void drafts.save()} loading={drafts.saving}>
              保存草稿
            </Button>
            <Button onClick={() => navigate(-1)}>取消</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
