import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Radio, Select, Space, TreeSelect, Upload, type UploadFile } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { submitSuggestionBody } from '../../../../domain/contracts/items';
import { api, ApiError } from '../../api/client';
import { proposalsApi } from '../../api/proposals';
import type { Category, Session } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { LoadError, PageLoading } from '../../components/PageStates';
import { ATTACHMENT_ACCEPT, checkAttachment, uploadFile } from '../../lib/attachments';
import { showFieldErrors, showServerError, validate } from '../../lib/forms';
import { PERIOD_LABELS } from '../../lib/labels';
import { useIsMobile } from '../../lib/useIsMobile';
import { useLoad } from '../../lib/useLoad';
import { useWords } from '../../lib/words';
import { sessionOptions } from '../../lib/sessions';
import { categoryTree } from './category-tree';
import { DraftList } from './DraftList';
import { useCosignerSearch } from './useCosignerSearch';
import { submittersOf, type SubmitValues } from './submit-values';
import { SubmitterFields } from './SubmitterFields';
import { useSubmitDrafts } from './useSubmitDrafts';

const FIELDS = ['sessionId', 'title', 'body', 'categoryId', 'period', 'submissionType', 'cosignerDeputyIds', 'submitterOrgId', 'files'] as const;

/**
 * 提出建议 (R-SUBMIT-1): a deputy submits alone or with co-signers, who then confirm. 提出提案 (R-CPPCC-1): a member
 * alone, jointly, or for the organization they are the contact member of (the page speaks the user's body's words).
 */
export default function SubmitPage() {
  const user = useUser();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const w = useWords();
  const [form] = Form.useForm<SubmitValues>();
  const ref = useLoad((signal) => Promise.all([api.listSessions(signal), api.listCategories(signal)]), []);
  const sessions: Session[] | null = ref.data?.[0] ?? null;
  const categories: Category[] = useMemo(() => ref.data?.[1] ?? [], [ref.data]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cosignerSearch = useCosignerSearch(user.deputyId);
  const drafts = useSubmitDrafts(form, cosignerSearch.preset);
  // 集体提案: the organizations this member may submit for (their account's, as its contact member).
  const organizations = useLoad(w.proposal ? (signal) => proposalsApi.submitterOrganizations(signal) : null, [w.proposal]);

  const tree = useMemo(() => categoryTree(categories), [categories]);

  const onSubmit = async () => {
    setGeneral(null);
    const values = form.getFieldsValue(true) as SubmitValues;
    const submitters = submittersOf(values, w.proposal);
    const { submissionType: _type, files: _files, ...fields } = values;
    const v = validate(submitSuggestionBody, { ...fields, ...submitters.body, categoryId: values.categoryId ?? null }, form, FIELDS);
    if (!v.ok || submitters.errors.length) {
      const general = [...(v.ok ? [] : v.general), ...showFieldErrors(form, submitters.errors, FIELDS)];
      if (general.length) setGeneral(general.join('；'));
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
      message.success(
        v.data.cosignerDeputyIds.length ? `${w.item}已提交（编号 ${item.number}），等待${w.cosigner}确认` : `${w.item}已提交，编号 ${item.number}`,
      );
      // The item stands on its own; a failed upload is reported and can be retried from the item page.
      for (const f of files) {
        await uploadFile(item.id, f).catch((e) =>
          message.warning(`附件“${f.name}”上传失败：${e instanceof ApiError ? e.message : '网络错误'}。可在${w.item}页面重新上传。`, 8),
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
        <h1>提出{w.item}</h1>
      </div>
      <DraftList drafts={drafts.drafts} current={drafts.current?.id ?? null} onOpen={drafts.open} onDeleted={drafts.deleted} />
      <Card size={mobile ? 'small' : undefined} style={{ maxWidth: 880 }}>
        {sessions.length === 0 && <Alert type="warning" showIcon title={`尚未设置届次会议，暂不能提出${w.item}。`} style={{ marginBottom: 16 }} />}
        {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
        <Form<SubmitValues>
          form={form}
          layout="vertical"
          initialValues={{ period: 'plenary', cosignerDeputyIds: [], submissionType: 'individual', sessionId: sessions.at(-1)?.id }}
          onValuesChange={(changed) => form.setFields(Object.keys(changed).map((name) => ({ name: name as never, errors: [] })))}
          onFinish={onSubmit}
        >
          <div style={{ display: 'flex', columnGap: 16, flexWrap: 'wrap' }}>
            <Form.Item name="sessionId" label="届次会议" required style={{ flex: '1 1 240px' }}>
              <Select options={sessionOptions(sessions, user)} placeholder="请选择" />
            </Form.Item>
            <Form.Item name="period" label="提出时间" required style={{ flex: '1 1 220px' }}>
              <Radio.Group optionType="button" options={(['plenary', 'interim'] as const).map((p) => ({ value: p, label: PERIOD_LABELS[p] }))} />
            </Form.Item>
          </div>
          <Form.Item name="title" label="标题" required extra={`一般以“关于……的${w.item}”为题，一事一议。`}>
            <Input maxLength={200} showCount placeholder={`关于……的${w.item}`} />
          </Form.Item>
          <Form.Item name="categoryId" label="类别">
            <TreeSelect
              allowClear
              treeData={tree}
              placeholder={`请选择${w.item}类别`}
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
          <SubmitterFields words={w} search={cosignerSearch} organizations={organizations.data} />
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
              提交{w.item}
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
