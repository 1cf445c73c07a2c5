import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';

/** A small "download .docx" button (§6 letters): the server names the file; a refusal shows its Chinese message. */
export function DocxButton({ label, download }: { label: string; download: () => Promise<string> }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="small"
      icon={<FileWordOutlined />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        download()
          .then((name) => message.success(`已下载 ${name}`))
          .catch((e) => message.error(e instanceof ApiError ? e.message : '下载失败，请稍后重试'))
          .finally(() => setBusy(false));
      }}
    >
      {label}
    </Button>
  );
}
