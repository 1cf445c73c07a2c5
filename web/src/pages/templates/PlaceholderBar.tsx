import { Button, Space, Tooltip, Typography } from 'antd';
import { PLACEHOLDERS, placeholderToken } from '../../../../domain/templates/placeholders';

/** The placeholders a template may hold, each a button that inserts it at the cursor; how each fills in its tooltip. */
export function PlaceholderBar({ onInsert }: { onInsert: (token: string) => void }) {
  return (
    <div style={{ marginBottom: 8 }} data-testid="placeholder-bar">
      <Typography.Text type="secondary">点击插入占位符（使用模板时按本件信息自动填充）：</Typography.Text>
      <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
        {PLACEHOLDERS.map((p) => (
          <Tooltip key={p.name} title={p.fills}>
            <Button size="small" onClick={() => onInsert(placeholderToken(p.name))}>
              {placeholderToken(p.name)}
            </Button>
          </Tooltip>
        ))}
      </Space>
    </div>
  );
}

/**
 * `token` put into `value` at the textarea's selection — kept when the textarea lost the focus to the
 * button — or at the end when the user has not been in the textarea yet; with where the cursor goes after it.
 */
export function insertAtSelection(
  value: string,
  token: string,
  el: HTMLTextAreaElement | null | undefined,
  visited: boolean,
): { value: string; caret: number } {
  const start = el && visited ? Math.min(el.selectionStart, value.length) : value.length;
  const end = el && visited ? Math.min(el.selectionEnd, value.length) : value.length;
  return { value: value.slice(0, start) + token + value.slice(end), caret: start + token.length };
}
