import { FileWordOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Tag, Typography, type FormInstance } from 'antd';
import type { ReportView } from '../../api/reports';

type SectionKey = 'addressee' | 'issuer' | 'intro' | 'measures' | 'problems' | 'nextSteps';
export type ReportFormValues = { title: string } & Record<SectionKey, string>;

interface Props {
  report: ReportView;
  form: FormInstance<ReportFormValues>;
  canEdit: boolean;
  saving: boolean;
  downloading: boolean;
  onSave: () => void;
  onDownload: (force?: boolean) => void;
}

/** One report: its version, the title and sections to edit (the basic situation computed from the data), save and download. */
export function ReportEditor({ report: r, form, canEdit, saving, downloading, onSave, onDownload }: Props) {
  const belowRequired = r?.unitAnalysis && !r.unitAnalysis.required;
  // 建议 or 提案: the report's own stream (a CPPCC committee's reports speak of proposals, §8).
  const item = r.streams[0]?.kind === 'proposal' ? '提案' : '建议';
  return (
    <Card
      title={
        <Space>
          {r.kindLabel}
          {r.scopeLabel && <Tag>{r.scopeLabel}</Tag>}
          {r.draft ? (
            <Tag color="blue">
              第 {r.draft.version} 版{r.draft.updatedByName ? ` · ${r.draft.updatedByName}` : ''}
            </Tag>
          ) : (
            <Tag>未保存（内容按数据预填）</Tag>
          )}
        </Space>
      }
      extra={
        <Space>
          {canEdit && (
            <Button icon={<SaveOutlined />} loading={saving} onClick={onSave}>
              保存
            </Button>
          )}
          <Button type="primary" icon={<FileWordOutlined />} loading={downloading} disabled={!!belowRequired} onClick={() => onDownload()}>
            下载 Word
          </Button>
        </Space>
      }
    >
      {belowRequired && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`该单位本会次承办${item} ${r.unitAnalysis!.items} 件，不足 ${r.unitAnalysis!.minItems} 件，不要求单位综合分析报告。`}
          action={
            <Button size="small" onClick={() => onDownload(true)}>
              仍然生成
            </Button>
          }
        />
      )}
      <Form form={form} layout="vertical" disabled={!canEdit}>
        <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Space wrap style={{ width: '100%' }} size={16}>
          <Form.Item name="issuer" label="报告机关（署名）" style={{ minWidth: 300 }}>
            <Input />
          </Form.Item>
          <Form.Item name="addressee" label="主送" style={{ minWidth: 200 }}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="intro" label="开头语">
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item label="一、基本情况（按数据自动生成）">
          <Typography.Paragraph style={{ background: 'var(--ant-color-fill-quaternary, #fafafa)', padding: 12, marginBottom: 0 }}>
            {r.basicSituation}
          </Typography.Paragraph>
        </Form.Item>
        {r.sectionDefs.map((s, i) => (
          <Form.Item
            key={s.id}
            name={s.id}
            label={`${['二', '三', '四', '五'][i]}、${s.heading}`}
            extra={i === 0 ? '每行一段；以“（一）”开头的段落首句按楷体排版。' : undefined}
          >
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 20 }} maxLength={50000} />
          </Form.Item>
        ))}
      </Form>
    </Card>
  );
}
