import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../../api/client';
import { downloadFile } from '../../../api/download';

/** A Word or Excel download the server builds and names (专线月报, 台账, 年度报告, 导入模板). */
export function DownloadButton({ url, fallback, children, type }: { url: string; fallback: string; children: ReactNode; type?: 'link' | 'default' }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      message.success(`已下载 ${await downloadFile(url, {}, fallback, '下载失败，请稍后重试')}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '下载失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} onClick={run} loading={busy} type={type} size={type === 'link' ? 'small' : undefined}>
      {children}
    </Button>
  );
}
