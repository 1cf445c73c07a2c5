import { Checkbox, Col, Empty, Form, Input, Row, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { mergeBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { api } from '../../../../api/client';
import type { ItemDetail, LedgerRow } from '../../../../api/types';
import { useLoad } from '../../../../lib/useLoad';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import type { ModalProps } from '../shared';

// ── 并案 (R-REVIEW-2) ──────────────────────────────────────────────
interface MergeValues {
  merged?: number[];
}

/** Candidates: same session and kind (a proposal is never merged with a suggestion, R-CPPCC-3), not yet in handling (the transitions table: submitted or accepted). */
function useCandidates(detail: ItemDetail, q: string) {
  const [rows, setRows] = useState<LedgerRow[] | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    const t = setTimeout(() => {
      setRows(null);
      api
        .listItems(
          {
            sessionId: detail.item.sessionId,
            kind: detail.item.kind,
            state: ['submitted', 'accepted'],
            q: q.trim() || undefined,
            pageSize: 50,
            sort: 'number',
          },
          ac.signal,
        )
        .then((p) => setRows(p.rows.filter((r) => r.id !== detail.item.id)))
        .catch((e) => e?.name !== 'AbortError' && setRows([]));
    }, 250);
    return () => {
      clearTimeout(t);
      ac.abort();
    };
  }, [detail.item.id, detail.item.sessionId, detail.item.kind, q]);
  return rows;
}

function ItemText({ title, number, body, deputies }: { title: string; number: string; body: string; deputies: string }) {
  return (
    <div className="merge-text">
      <Typography.Text strong>
        {number}
        {'\u3000'}
        {title}
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
  const w = wordsOf(item.kind);
  const [q, setQ] = useState(() => item.title.replace(/^关于/, '').slice(0, 6));
  const rows = useCandidates(detail, q);
  const [compare, setCompare] = useState<number | null>(null);
  // The compared candidate; the last answer is kept while the next loads, so show it only when it is the one asked for.
  const loaded = useLoad(compare === null ? null : (signal) => api.getItem(compare, signal), [compare]).data;
  const other = loaded?.item.id === compare ? loaded : null;
  const [versions, setVersions] = useState<Record<number, number>>({});
  // Each answer adds its candidates' versions; the first answer's first candidate is compared until another is picked
  // (set while rendering, as React advises for state that follows a change, not from an effect).
  const [seenRows, setSeenRows] = useState<typeof rows>(null);
  if (seenRows !== rows) {
    setSeenRows(rows);
    if (rows) setVersions((v) => ({ ...v, ...Object.fromEntries(rows.map((r) => [r.id, r.version])) }));
    if (rows?.length && compare === null) setCompare(rows[0].id);
  }
  const names = (d: ItemDetail) => d.signers.map((s) => s.name + (s.isLead ? `（${w.leadTag}）` : '')).join('、');

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
      successText={w.say('已并案：被并入建议的代表将一并收到答复并评价')}
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          {w.say('将内容相同或相近的建议并入本件（主件）一并办理。只能并入同一次会议中尚未交办的建议；被并入建议的代表成为本件的附议代表。')}
        </Typography.Paragraph>
      }
    >
      {() => (
        <>
          <Input.Search
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={w.say('按标题、编号或正文查找候选建议')}
            allowClear
            style={{ marginBottom: 12 }}
          />
          <Form.Item name="merged" label={`选择要并入本件的${w.item}`} required>
            {rows === null ? (
              <Spin />
            ) : rows.length === 0 ? (
              <Empty description={`没有可并案的候选${w.item}`} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6, maxHeight: 180, overflow: 'auto' }}>
                {rows.map((r) => (
                  <div key={r.id} className="merge-candidate">
                    <Checkbox value={r.id}>
                      {r.number}
                      {'\u3000'}
                      {r.title}（{r.leadDeputy ?? '—'}）
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
              {other ? (
                <ItemText title={other.item.title} number={other.item.number} body={other.item.body} deputies={names(other)} />
              ) : (
                compare !== null && <Spin />
              )}
            </Col>
          </Row>
        </>
      )}
    </ActionModal>
  );
}
