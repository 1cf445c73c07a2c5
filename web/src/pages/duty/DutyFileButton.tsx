import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { duty } from '../../api/duty';

/** 履职档案: the deputy's duty file of the year as a Word document, named by the server. */
export function DutyFileButton({ deputyId, year }: { deputyId: number; year: number }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      message.success(`已下载 ${await duty.downloadFile(deputyId, year)}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '下载失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<FileWordOutlined />} loading={busy} onClick={() => void download()}>
      履职档案
    </Button>
  );
}
