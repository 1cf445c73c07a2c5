import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Radio, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { attachmentBody } from '../../../../../../domain/contracts/items';
import { useUser } from '../../../../auth/AuthContext';
import { ActionModal } from '../../ActionModal';
import { ATTACHMENT_ACCEPT, checkAttachment, mimeOf, uploadFile } from '../../../../lib/attachments';
import type { ModalProps } from '../shared';

// ── 上传附件 ──────────────────────────────────────────────────────
interface UploadValues {
  file?: UploadFile[];
  purpose?: 'general' | 'scan';
}

export function UploadModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  return (
    <ActionModal<typeof attachmentBody, UploadValues>
      open
      title="上传附件"
      okText="上传"
      schema={attachmentBody}
      fields={['file', 'purpose']}
      initialValues={{ purpose: 'general' }}
      // The contract is checked on the file's name and type; its bytes are read only when sending.
      toBody={(v) => ({
        filename: v.file?.[0]?.name ?? '',
        mimeType: v.file?.[0]?.originFileObj ? (mimeOf(v.file[0].originFileObj) ?? '') : '',
        purpose: v.purpose,
        contentBase64: v.file?.length ? '-' : '',
      })}
      extraCheck={(v) => {
        const file = v.file?.[0]?.originFileObj;
        const problem = file ? checkAttachment(file) : '请选择文件';
        return problem ? [{ field: 'file', message: problem }] : [];
      }}
      submit={(body, v) => uploadFile(detail.item.id, v.file![0].originFileObj!, body.purpose === 'scan' ? 'scan' : 'general')}
      successText="附件已上传"
      onClose={onClose}
      onChanged={onChanged}
      intro={<Typography.Paragraph type="secondary">支持 PDF、Word、Excel、JPG、PNG，单个文件不超过 10 MB。</Typography.Paragraph>}
    >
      {() => (
        <>
          <Form.Item name="file" label="文件" required valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}>
            <Upload beforeUpload={() => false} maxCount={1} accept={ATTACHMENT_ACCEPT}>
              <Button icon={<UploadOutlined />}>选择文件</Button>
            </Upload>
          </Form.Item>
          {user.role !== 'deputy' && (
            <Form.Item name="purpose" label="类别">
              <Radio.Group
                options={[
                  { value: 'general', label: '一般附件' },
                  { value: 'scan', label: '纸质材料扫描件' },
                ]}
              />
            </Form.Item>
          )}
        </>
      )}
    </ActionModal>
  );
}
