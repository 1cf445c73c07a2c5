import { InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Progress, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { streamWords } from '../../../../domain/documents/stream-words';
import { api, ApiError } from '../../api/client';
import { fileToBase64, importsApi, type ImportBatch } from '../../api/imports';
import { useAuth } from '../../auth/AuthContext';
import { XlsxButton, xlsxUrl } from '../../components/XlsxButton';
import { LoadError } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { StandardForms } from './StandardForms';

const STATE = {
  running: { color: 'processing', text: '导入中' },
  done: { color: 'success', text: '已导入' },
  failed: { color: 'error', text: '未导入' },
} as const;

/** Progress of a batch: rows checked of all rows, then writing. */
function BatchProgress({ b }: { b: ImportBatch }) {
  const pct = b.total ? Math.floor((b.processed / b.total) * 100) : 0;
  if (b.state === 'running') {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Progress percent={b.processed === b.total && b.total ? 99 : pct} status="active" />
        <Typography.Text type="secondary">
          {b.total ? (b.processed < b.total ? `正在校验第 ${b.processed} / ${b.total} 行` : '校验通过，正在写入…') : '正在读取文件…'}
        </Typography.Text>
      </Space>
    );
  }
  return <Progress percent={100} status={b.state === 'done' ? 'success' : 'exception'} />;
}

/**
 * 导入 (§6, liaison office): download the template (or this session's items in its
 * shape), upload a filled one, follow its progress, and read the errors by row —
 * the import is all-or-nothing, so a file with any error writes nothing. In a CPPCC
 * committee the proposal committee imports proposals (§8) in the proposal template.
 */
export default function ImportPage() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const proposals = user?.body === 'cppcc';
  const w = streamWords([proposals ? 'proposal' : 'suggestion']);
  const sessions = useLoad((signal) => api.listSessions(signal), []);
  const [sessionId, setSessionId] = useState<number | undefined>();
  const history = useLoad(() => importsApi.list(), []);
  const reloadHistory = history.reload; // stable, unlike the object holding it
  const [current, setCurrent] = useState<ImportBatch | null>(null);
  const [uploading, setUploading] = useState(false);
  const session = sessionId ?? sessions.data?.[0]?.id;

  // Poll the running batch for its progress.
  useEffect(() => {
    if (!current || current.state !== 'running') return;
    const t = setTimeout(() => {
      importsApi.get(current.id).then(
        (b) => {
          setCurrent(b);
          if (b.state !== 'running') {
            reloadHistory();
            if (b.state === 'done') message.success(`导入完成：${b.imported} 件${w.item}`);
            else message.error(`导入失败：${b.errorCount} 处错误，未写入任何数据`);
          }
        },
        () => setCurrent({ ...current }),
      );
    }, 700);
    return () => clearTimeout(t);
  }, [current, reloadHistory, message, w.item]);

  const upload = async (file: File) => {
    if (!/\.xlsx$/i.test(file.name)) {
      message.error('请上传 .xlsx 格式的 Excel 文件');
      return;
    }
    setUploading(true);
    try {
      setCurrent(await importsApi.start({ filename: file.name, contentBase64: await fileToBase64(file), sessionId: session }));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '上传失败，请稍后重试');
    } finally {
      setUploading(false);
    }
  };

  const open = async (id: number) => setCurrent(await importsApi.get(id));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={`从 Excel 导入${w.item}`}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <span>导入到</span>
            <Select
              style={{ minWidth: 220 }}
              value={session}
              onChange={setSessionId}
              options={(sessions.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              aria-label="届次会议"
            />
            <XlsxButton url={xlsxUrl('/api/imports/template.xlsx', { sessionId: session })}>下载导入模板</XlsxButton>
            <XlsxButton url={xlsxUrl('/api/imports/items.xlsx', { sessionId: session })}>按模板导出本届{w.item}</XlsxButton>
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            模板的“说明”表列出每一列的含义和允许的值。整个文件全部校验通过才会写入；任何一行有误，全部不导入，并按行号列出错误。填写了办理方式的行导入为已交办，并按交办日期计算办理期限。
            {proposals && '“提出方式”填个人、联名或集体；集体提案在“提案单位”填写党派、人民团体或专门委员会的名称，不填联名委员。'}
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx"
            showUploadList={false}
            disabled={uploading || current?.state === 'running'}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖入填好的 .xlsx 文件开始导入</p>
          </Upload.Dragger>
        </Space>
      </Card>

      {current && (
        <Card
          title={
            <Space>
              <span>
                导入批次 #{current.id}：{current.filename}
              </span>
              <Tag color={STATE[current.state].color}>{STATE[current.state].text}</Tag>
            </Space>
          }
        >
          <BatchProgress b={current} />
          {current.state === 'done' && (
            <Alert type="success" showIcon message={`已导入 ${current.imported} 件${w.item}（${current.sessionName ?? ''}）`} style={{ marginTop: 12 }} />
          )}
          {current.state === 'failed' && (
            <>
              <Alert
                type="error"
                showIcon
                message={`文件有 ${current.errors.length} 处错误，未写入任何数据。请改正后重新上传。`}
                style={{ margin: '12px 0' }}
              />
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
                dataSource={current.errors}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                columns={[
                  { title: '行号', dataIndex: 'row', width: 80, render: (r: number) => (r ? r : '—') },
                  { title: '列', dataIndex: 'column', width: 120, render: (c?: string) => c ?? '—' },
                  { title: '错误', dataIndex: 'message' },
                ]}
              />
            </>
          )}
        </Card>
      )}

      <Card title="导入记录" extra={<Button icon={<ReloadOutlined />} onClick={history.reload} aria-label="刷新" />}>
        {history.error ? (
          <LoadError error={history.error} onRetry={history.reload} />
        ) : (
          <Table
            size="small"
            rowKey="id"
            loading={history.loading}
            dataSource={history.data ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: '批次', dataIndex: 'id', width: 70, render: (id: number) => <a onClick={() => void open(id)}>#{id}</a> },
              { title: '文件', dataIndex: 'filename' },
              { title: '届次', dataIndex: 'sessionName' },
              { title: '状态', dataIndex: 'state', width: 90, render: (s: ImportBatch['state']) => <Tag color={STATE[s].color}>{STATE[s].text}</Tag> },
              { title: '行数', dataIndex: 'total', width: 80 },
              { title: '导入', dataIndex: 'imported', width: 80 },
              { title: '错误', dataIndex: 'errorCount', width: 80 },
              { title: '操作人', dataIndex: 'createdBy', width: 100 },
              { title: '时间', dataIndex: 'createdAt', width: 170, render: (t: string) => new Date(t).toLocaleString('zh-CN', { hour12: false }) },
            ]}
          />
        )}
      </Card>

      <StandardForms sessionId={session} />
    </Space>
  );
}
