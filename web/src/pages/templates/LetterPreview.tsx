import { EyeOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Modal, Space, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { templates, type ReplyLetterPreview } from '../../api/templates';
import { previewRequest, type DraftFormValues } from './draft-values';
import { LetterPaper } from './LetterPaper';

/**
 * 预览 in the reply form: the letter of the draft as the form holds it now (saved or not), exactly as it
 * will print if sent today — on screen, and as the .docx built by the same code as the letter sent.
 */
export function LetterPreview({ itemId, form }: { itemId: number; form: FormInstance<DraftFormValues> }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'text' | 'docx' | null>(null);
  const [letter, setLetter] = useState<ReplyLetterPreview | null>(null);

  const run = async (what: 'text' | 'docx') => {
    const req = previewRequest(form.getFieldsValue(true));
    if (!req.ok) return void message.warning(req.message);
    setBusy(what);
    try {
      if (what === 'text') setLetter(await templates.previewText(itemId, req.body));
      else message.success(`已下载 ${await templates.downloadPreview(itemId, req.body)}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '预览失败，请稍后重试');
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Space size={4}>
        <Button icon={<EyeOutlined />} loading={busy === 'text'} onClick={() => run('text')}>
          预览
        </Button>
        <Button icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={() => run('docx')}>
          下载 Word 预览
        </Button>
      </Space>
      <Modal
        open={letter !== null}
        title="答复函预览（发出时按此版式打印）"
        width={760}
        onCancel={() => setLetter(null)}
        footer={
          <Space>
            <Button icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={() => run('docx')}>
              下载 Word 预览
            </Button>
            <Button type="primary" onClick={() => setLetter(null)}>
              关闭
            </Button>
          </Space>
        }
        styles={{ body: { background: '#f0f2f5', padding: 16, maxHeight: '70vh', overflow: 'auto' } }}
      >
        {letter && <LetterPaper letter={letter} />}
      </Modal>
    </>
  );
}
