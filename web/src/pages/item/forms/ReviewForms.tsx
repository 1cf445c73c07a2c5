import { Checkbox, Col, Empty, Form, Input, Radio, Row, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { mergeBody, reviewBody } from '../../../../../domain/contracts/items';
import { actions } from '../../../api/actions';
import { api } from '../../../api/client';
import type { ItemDetail, LedgerRow } from '../../../api/types';
import { useLoad } from '../../../lib/useLoad';
import { ActionModal } from '../ActionModal';
import { UnitPicker } from './UnitPicker';
import { ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from './shared';

/** The liaison office's review (立案审核) and merge (并案) forms. */

// ── 审核 (R-REVIEW-1) ──────────────────────────────────────────────
type Decision = 'accept' | 'return' | 'reference' | 'reject';
interface ReviewValues {
  decision: Decision;
  note?: string;
  reason?: string;
  unitId?: number;
}

const REASON: Record<Exclude<Decision, 'accept'>, { label: string; extra: string }> = {
  return: { label: '退回理由', extra: '代表将看到此理由，修改后可重新提交。' },
  reference: { label: '转参阅件理由', extra: '参阅件不作正式答复，由下面选定的单位与代表沟通后办结。' },
  reject: { label: '不予立案理由', extra: '理由将告知代表。' },
};

export function ReviewModal({ detail, onClose, onChanged }: ModalProps) {
  const { item } = detail;
  return (
    <ActionModal<typeof reviewBody, ReviewValues>
      open
      title="审核建议"
      schema={reviewBody}
      fields={['decision', 'note', 'reason', 'unitId']}
      initialValues={{ decision: 'accept' }}
      toBody={(v) =>
        v.decision === 'accept'
          ? { decision: 'accept', version: item.version, note: v.note }
          : v.decision === 'reference'
            ? { decision: 'reference', version: item.version, reason: v.reason ?? '', unitId: v.unitId as number }
            : { decision: v.decision, version: item.version, reason: v.reason ?? '' }
      }
      submit={(body) => api.reviewSuggestion(item.id, body)}
      successText="审核结果已保存"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <>
          <Form.Item name="decision" label="审核结论" required>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'accept', label: '立案' },
                { value: 'return', label: '退回修改' },
                { value: 'reference', label: '转参阅件' },
                { value: 'reject', label: '不予立案' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.decision !== b.decision}>
            {({ getFieldValue }) => {
              const d = getFieldValue('decision') as Decision;
              if (d === 'accept') {
                return (
                  <Form.Item name="note" label="审核意见（可选）">
                    <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder="如：符合代表建议有关规定，予以立案。" />
                  </Form.Item>
                );
              }
              return (
                <>
                  <Form.Item name="reason" label={REASON[d].label} required extra={REASON[d].extra}>
                    <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
                  </Form.Item>
                  {d === 'reference' && (
                    <Form.Item name="unitId" label="沟通单位" required>
                      <UnitPicker />
                    </Form.Item>
                  )}
                </>
              );
            }}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

// ── 并案 (R-REVIEW-2) ──────────────────────────────────────────────
interface MergeValues {
  merged?: number[];
}

/** Candidates: same session, not yet in handling (the transitions table: submitted or accepted). */
function useCandidates(detail: ItemDetail, q: string) {
  const [rows, setRows] = useState<LedgerRow[] | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    const t = setTimeout(() => {
      setRows(null);
      api
        .listItems({ sessionId: detail.item.sessionId, state: ['submitted', 'accepted'], q: q.trim() || undefined, pageSize: 50, sort: 'number' }, ac.signal)
        .then((p) => setRows(p.rows.filter((r) => r.id !== detail.item.id)))
        .catch((e) => e?.name !== 'AbortError' && setRows([]));
    }, 250);
    return () => {
      clearTimeout(t);
      ac.abort();
    };
  }, [detail.item.id, detail.item.sessionId, q]);
  return rows;
}

function ItemText({ title, number, body, deputies }: { title: string; number: string; body: string; deputies: string }) {
  return (
    <div className="merge-text">
      <Typography.Text strong>
        {number}{'\u3000'}{title}
      </Typography.Text>
      <div className="muted" style={{ fontSize: 12, margin: '4px 0' }}>
        {deputies}
      </div>
      <div style={{ whiteSpace: 'pre-wrap' }}>{body}</div>
    </div>
  );
}

export function MergeModal({ detail, onClose, onChanged }: ModalProps) {
  const { item } = detail;
  const [q, setQ] = useState(() => item.title.replace(/^关于/, '').slice(0, 6));
  const rows = useCandidates(detail, q);
  const [compare, setCompare] = useState<number | null>(null);
  // The compared candidate; the last answer is kept while the next loads, so show it only when it is the one asked for.
  const loaded = useLoad(compare === null ? null : (signal) => api.getItem(compare, signal), [compare]).data;
  const other = loaded?.item.id === compare ? loaded : null;
  const [versions, setVersions] = useState<Record<number, number>>({});
  useEffect(() => {
    if (rows) setVersions((v) => ({ ...v, ...Object.fromEntries(rows.map((r) => [r.id, r.version])) }));
    if (rows?.length && compare === null) setCompare(rows[0].id);
  }, [rows, compare]);
  const names = (d: ItemDetail) => d.signers.map((s) => s.name + (s.isLead ? '（领衔）' : '')).join('、');

  return (
    <ActionModal<typeof mergeBody, MergeValues>
      open
      width={1040}
      title="并案"
      okText="并入本件"
      schema={mergeBody}
      fields={['merged']}
      initialValues={{ merged: [] }}
      toBody={(v) => ({ primaryVersion: item.version, merged: (v.merged ?? []).map((itemId) => ({ itemId, version: versions[itemId] })) })}
      submit={(body) => actions.mergeSuggestions(item.id, body)}
      successText="已并案：被并入建议的代表将一并收到答复并评价"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          将内容相同或相近的建议并入本件（主件）一并办理。只能并入同一次会议中尚未交办的建议；被并入建议的代表成为本件的附议代表。
        </Typography.Paragraph>
      }
    >
      {() => (
        <>
          <Input.Search value={q} onChange={(e) => setQ(e.target.value)} placeholder="按标题、编号或正文查找候选建议" allowClear style={{ marginBottom: 12 }} />
          <Form.Item name="merged" label="选择要并入本件的建议" required>
            {rows === null ? (
              <Spin />
            ) : rows.length === 0 ? (
              <Empty description="没有可并案的候选建议" image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6, maxHeight: 180, overflow: 'auto' }}>
                {rows.map((r) => (
                  <div key={r.id} className="merge-candidate">
                    <Checkbox value={r.id}>
                      {r.number}{'\u3000'}{r.title}（{r.leadDeputy ?? '—'}）
                    </Checkbox>
                    <Typography.Link onClick={() => setCompare(r.id)} disabled={compare === r.id}>
                      {compare === r.id ? '对比中' : '对比'}
                    </Typography.Link>
                  </div>
                ))}
              </Checkbox.Group>
            )}
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <div className="merge-head">主件</div>
              <ItemText title={item.title} number={item.number} body={item.body} deputies={names(detail)} />
            </Col>
            <Col xs={24} md={12}>
              <div className="merge-head">候选</div>
              {other ? <ItemText title={other.item.title} number={other.item.number} body={other.item.body} deputies={names(other)} /> : compare !== null && <Spin />}
            </Col>
          </Row>
        </>
      )}
    </ActionModal>
  );
}
