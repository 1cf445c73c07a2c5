import { Alert, Form, Typography } from 'antd';
import { repeatsSalutation } from '../../../../../../domain/items/reply-recipients';

/**
 * Above the reply body: the salutation the letter prints by itself (the
 * server's line, R-REPLY-5: every addressee with 代表/委员), so that the body
 * does not type it again; a warning when its first line does all the same.
 */
export function SalutationNote({ salutation }: { salutation: string }) {
  if (salutation.replace(/[：:]/g, '') === '') return null;
  return (
    <Form.Item noStyle shouldUpdate={(a: { body?: string }, b: { body?: string }) => a.body !== b.body}>
      {({ getFieldValue }) => (
        <div style={{ marginBottom: 8 }} data-testid="reply-salutation">
          <Typography.Text type="secondary">信函开头将自动印出：</Typography.Text>
          <Typography.Text strong>{salutation}</Typography.Text>
          <Typography.Text type="secondary">（正文无需再写称呼）</Typography.Text>
          {repeatsSalutation(String(getFieldValue('body') ?? ''), salutation) && (
            <Alert type="warning" showIcon style={{ marginTop: 8 }} title="正文第一行与信函开头的称呼重复，答复函只印一次；请删去正文中的这一行。" />
          )}
        </div>
      )}
    </Form.Item>
  );
}
