import { Card, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Answer } from '../../../../domain/contracts/common';
import type { standardFormList } from '../../../../domain/contracts/imports-answers';
import { request } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { XlsxButton, xlsxUrl } from '../../components/XlsxButton';

/** The forms' names until the server's come (a congress's words). */
export const FORM_LABELS = {
  responsibility: '办理责任分解表',
  keyItems: '重点处理建议登记表',
  visitCard: '走访代表委员专用卡',
  referenceContacts: '参阅件沟通联系登记表',
  lookBack: '回头看复查表',
} as const;
export type FormKey = keyof typeof FORM_LABELS;
type FormList = Answer<typeof standardFormList>;

/** One request per place (user, body, role): the names do not change while one works there. */
const loaded = new Map<string, Promise<FormList>>();

/**
 * The forms' names in the words of what the user's scope holds (GET /api/forms, §8): 重点处理提案登记表 in a
 * CPPCC committee, 重点处理建议提案登记表 for the government office and units handling both streams.
 */
function useFormLabels(): Record<FormKey, string> {
  const { user } = useAuth();
  const place = user ? `${user.userId}:${user.congressId ?? ''}:${user.role}` : null;
  const [labels, setLabels] = useState<{ place: string; names: Record<FormKey, string> } | null>(null);
  useEffect(() => {
    if (!place) return;
    let list = loaded.get(place);
    if (!list) {
      list = request<FormList>('GET', '/api/forms');
      loaded.set(place, list);
      list.catch(() => loaded.delete(place));
    }
    let live = true;
    list.then(
      (r) => live && setLabels({ place, names: { ...FORM_LABELS, ...Object.fromEntries(r.forms.map((f) => [f.key, f.label])) } }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [place]);
  return labels && labels.place === place ? labels.names : FORM_LABELS;
}

/** A download button for one standard form (§6); the server scopes it to the user (a unit: its own). */
export function FormButton({
  form,
  query = {},
  type,
}: {
  form: FormKey;
  query?: Record<string, string | number | undefined>;
  type?: 'default' | 'link' | 'primary';
}) {
  const labels = useFormLabels();
  return (
    <XlsxButton url={xlsxUrl(`/api/forms/${form}`, query)} type={type}>
      {labels[form]}
    </XlsxButton>
  );
}

/** 标准表格: the five standard forms of §6 for a session, as .xlsx. */
export function StandardForms({ sessionId }: { sessionId?: number }) {
  return (
    <Card title="标准表格（Excel）">
      <Space wrap>
        {(Object.keys(FORM_LABELS) as FormKey[]).map((f) => (
          <FormButton key={f} form={f} query={f === 'lookBack' ? {} : { sessionId }} />
        ))}
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        承办单位只能下载本单位的表格；回头看复查表为当年度。
      </Typography.Paragraph>
    </Card>
  );
}
