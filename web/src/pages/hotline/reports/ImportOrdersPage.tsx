import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Card, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import { hotlineReports, type ImportOrdersAnswer, type ImportRowError } from '../../../api/hotline-reports';
import { fileToBase64 } from '../../../api/imports';
import { DownloadButton } from './DownloadButton';

/** The errors of a refused file, as the server lists them (row, column, message). */
function rowErrors(e: ApiError): ImportRowError[] {
  if (!Array.isArray(e.details)) return [];
  return e.details.filter((d): d is ImportRowError => typeof d === 'object' && d !== null && typeof (d as ImportRowError).message === 'string');
}

/**
 * 导入工单 (issue 15 §1): the hotline office downloads the template, fills it (来电号码, 事件分类, 来电内容,
 * 来电时间, 紧急程度, 所在地) and uploads it; every row is checked and nothing is written when any row is bad.
 */
export default function ImportOrdersPage() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ImportOrdersAnswer | null>(null);
  const [refused, setRefused] = useState<{ message: string; errors: ImportRowError[] } | null>(null);

  const upload = async (file: File) => {
    if (!/\.xlsx$/i.test(file.name)) {
      message.error('请上传 .xlsx 格式的 Excel 文件');
      return;
    }
    setBusy(true);
    setDone(null);
    setRefused(null);
    try {
      const r = await hotlineReports.importOrders({ filename: file.name, contentBase64: await fileToBase64(file) });
      setDone(r);
      message.success(`已导入 ${r.imported} 件工单`);
    } catch (e) {
      if (e instanceof ApiError) setRefused({ message: e.message, errors: rowErrors(e) });
      else message.error('上传失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="page-title">
        <h1>导入工单</h1>
      </div>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title="从 Excel 导入代表来电工单">
          <Space direction="vertical" style={{ width: '100%' }}>
            <DownloadButton url={hotlineReports.templateUrl} fallback="专线工单导入模板.xlsx">
              下载导入模板
            </DownloadButton>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              模板的“说明”表列出每一列的填写要求。整个文件逐行校验，全部通过才写入；任何一行有误，全部不导入，并按行号列出错误。导入的工单来源为“表格导入”，按来电号码匹配代表，待派单。
            </Typography.Paragraph>
            <Upload.Dragger
              accept=".xlsx"
              showUploadList={false}
              disabled={busy}
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
        {done && (
          <Card title={`已导入 ${done.imported} 件工单`}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={done.orders}
              columns={[
                { title: '表格行号', dataIndex: 'row', width: 100 },
                { title: '工单编号', dataIndex: 'number', render: (v: string, r) => <Link to={`/hotline/${r.id}`}>{v}</Link> },
              ]}
            />
          </Card>
        )}
        {refused && (
          <Card title="未导入">
            <Alert type="error" showIcon message={refused.message} style={{ marginBottom: 12 }} />
            {refused.errors.length > 0 && (
              <Table
                size="small"
                rowKey={(r) => `${r.row}-${r.column ?? ''}-${r.message}`}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                dataSource={refused.errors}
                columns={[
                  { title: '行号', dataIndex: 'row', width: 80 },
                  { title: '列', dataIndex: 'column', width: 120, render: (v?: string) => v ?? '' },
                  { title: '错误', dataIndex: 'message' },
                ]}
              />
            )}
          </Card>
        )}
      </Space>
    </>
  );
}
