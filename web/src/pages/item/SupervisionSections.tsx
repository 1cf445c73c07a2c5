import { DownOutlined } from '@ant-design/icons';
import { Button, Descriptions, Dropdown, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { KEY_SUPERVISION_KIND_LABELS, SUPERVISION_ACTIVITY_LABELS } from '../../../../domain/supervision/key-supervision';
import type { ItemDetail } from '../../api/types';
import { supervisionApi, type ItemSupervision, type KeySupervision } from '../../api/supervision';
import { useUser } from '../../auth/AuthContext';
import { SimpleList } from '../../components/SimpleList';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { Body, Section } from './Section';

const Forms = lazy(() => import('./forms/SupervisionForms').then((m) => ({ default: m.SupervisionForm })));

/** Supervision operations and their button text (R-SUP-2, R-SUP-3). */
export const SUPERVISION_ACTION_LABELS: Record<string, string> = {
  designateKeySupervision: '确定重点督办',
  updateKeySupervision: '修改督办安排',
  recordSupervisionActivity: '登记督办活动',
  revokeKeySupervision: '撤销重点督办',
  sendManualReminder: '催办',
  issueUrgingLetter: '发督办函',
};
export type SupervisionAction = keyof typeof SUPERVISION_ACTION_LABELS;

const REMINDER_KIND_LABELS: Record<string, string> = { manual: '人工催办', weeklyReminder: '每周提醒', weeklyUrge: '超期督促' };
const KIND_COLORS = { leaderLed: 'red', committee: 'volcano', joint: 'magenta' } as const;

/**
 * The item's supervision (R-SUP-2, R-SUP-3): its key supervision with the
 * supervision activities, and the reminders and urging letters sent — each
 * section with the actions the server offers this user. Loaded on its own,
 * again whenever the item's history grows. Deputies see none of it.
 */
export function SupervisionSections({ detail, onChanged }: { detail: ItemDetail; onChanged: () => void }) {
  const user = useUser();
  const hidden = user.role === 'deputy';
  const id = detail.item.id;
  const { data, reload } = useLoad<ItemSupervision>(hidden ? null : (signal) => supervisionApi.getItemSupervision(id, signal), [id, detail.history.length]);
  const [open, setOpen] = useState<SupervisionAction | null>(null);
  if (hidden || !data) return null;
  const can = (a: SupervisionAction) => data.actions.includes(a);
  const changed = () => {
    reload();
    onChanged();
  };
  const ks = data.keySupervision;
  const keyActions = (['designateKeySupervision', 'recordSupervisionActivity', 'updateKeySupervision', 'revokeKeySupervision'] as const).filter(can);
  const urgeActions = (['sendManualReminder', 'issueUrgingLetter'] as const).filter(can);
  const showKey = ks || keyActions.length > 0 || data.revoked.length > 0;
  const showUrge = data.reminders.length > 0 || data.urgingLetters.length > 0 || urgeActions.length > 0;

  return (
    <>
      {showKey && (
        <Section
          title={
            <Space size={8}>
              重点督办
              {ks && <Tag color={KIND_COLORS[ks.kind]}>{KEY_SUPERVISION_KIND_LABELS[ks.kind]}</Tag>}
            </Space>
          }
          extra={<ActionButtons actions={keyActions} onOpen={setOpen} />}
        >
          {ks ? <Designation ks={ks} /> : <Typography.Text type="secondary">尚未确定为重点督办件</Typography.Text>}
          {data.revoked.length > 0 && (
            <div className="muted" style={{ fontSize: 12, marginTop: 10 }}>
              {data.revoked.map((r) => (
                <div key={r.id}>
                  曾于 {formatDate(r.designatedAt)} 确定为{KEY_SUPERVISION_KIND_LABELS[r.kind]}，{formatDate(r.revokedAt)} 撤销：{r.revokeNote}
                  {r.activities.length > 0 && `（督办活动 ${r.activities.length} 次）`}
                </div>
              ))}
            </div>
          )}
        </Section>
      )}
      {showUrge && (
        <Section title="催办与督办函" extra={<ActionButtons actions={urgeActions} onOpen={setOpen} />}>
          {data.urgingLetters.length > 0 && (
            <SimpleList
              items={data.urgingLetters}
              rowKey={(l) => `l${l.id}`}
              render={(l) => (
                <>
                  <div className="reply-head">
                    <Space size={6} wrap>
                      <Tag color="red" style={{ marginInlineEnd: 0 }}>
                        督办函
                      </Tag>
                      <span style={{ fontWeight: 600 }}>{l.number}</span>
                      <span>{l.title}</span>
                    </Space>
                    <span className="muted" style={{ fontSize: 12 }}>
                      {formatDateTime(l.issuedAt)}{'\u3000'}{l.issuerName}
                    </span>
                  </div>
                  <div className="contact-line">
                    <span className="muted">致：</span>
                    {l.unitName}
                    {l.respondBy && (
                      <>
                        <span className="muted">{'\u3000'}反馈期限：</span>
                        {l.respondBy}
                      </>
                    )}
                  </div>
                  <div className="reply-body" style={{ marginTop: 6 }}>
                    <Body text={l.body} rows={3} />
                  </div>
                </>
              )}
            />
          )}
          {data.reminders.length > 0 && (
            <SimpleList
              items={data.reminders}
              rowKey={(r) => `r${r.id}`}
              render={(r) => (
                <>
                  <div className="reply-head">
                    <Space size={6} wrap>
                      <Tag color={r.kind === 'manual' ? 'orange' : 'default'} style={{ marginInlineEnd: 0 }}>
                        {REMINDER_KIND_LABELS[r.kind] ?? r.kind}
                      </Tag>
                      <span>{r.unitName}</span>
                    </Space>
                    <span className="muted" style={{ fontSize: 12 }}>
                      {formatDateTime(r.createdAt)}
                      {r.createdByName && `\u3000${r.createdByName}`}
                    </span>
                  </div>
                  {r.note && <div className="contact-line">{r.note}</div>}
                </>
              )}
            />
          )}
          {!data.urgingLetters.length && !data.reminders.length && <Typography.Text type="secondary">暂无催办记录</Typography.Text>}
        </Section>
      )}
      {open && (
        <Suspense fallback={null}>
          <Forms action={open} detail={detail} supervision={data} onClose={() => setOpen(null)} onChanged={changed} />
        </Suspense>
      )}
    </>
  );
}

function ActionButtons({ actions, onOpen }: { actions: readonly SupervisionAction[]; onOpen: (a: SupervisionAction) => void }) {
  if (!actions.length) return null;
  const [first, ...rest] = actions;
  return (
    <Space size={6}>
      <Button size="small" type="primary" ghost onClick={() => onOpen(first)}>
        {SUPERVISION_ACTION_LABELS[first]}
      </Button>
      {rest.length > 0 && (
        <Dropdown menu={{ items: rest.map((a) => ({ key: a, label: SUPERVISION_ACTION_LABELS[a], danger: a === 'revokeKeySupervision' })), onClick: ({ key }) => onOpen(key) }}>
          <Button size="small" aria-label="更多督办操作">
            更多 <DownOutlined />
          </Button>
        </Dropdown>
      )}
    </Space>
  );
}

function Designation({ ks }: { ks: KeySupervision }) {
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          ...(ks.leaders.length ? [{ key: 'leaders', label: '督办领导', children: ks.leaders.join('、') }] : []),
          ...(ks.committees.length ? [{ key: 'committees', label: '督办专委会', children: ks.committees.map((c) => c.name).join('、') }] : []),
          { key: 'at', label: '确定时间', children: `${formatDate(ks.designatedAt)}${ks.designatedByName ? `（${ks.designatedByName}）` : ''}` },
          ...(ks.note ? [{ key: 'note', label: '督办要求', children: ks.note, span: 'filled' as const }] : []),
        ]}
      />
      <div style={{ fontWeight: 600, margin: '10px 0 4px' }}>督办活动</div>
      <SimpleList
        items={ks.activities}
        rowKey={(a) => a.id}
        empty={<Typography.Text type="secondary">暂无督办活动</Typography.Text>}
        render={(a) => (
          <>
            <div className="reply-head">
              <Space size={6} wrap>
                <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                  {SUPERVISION_ACTIVITY_LABELS[a.kind]}
                </Tag>
                <span>{a.heldOn}</span>
              </Space>
              {a.recordedByName && <span className="muted" style={{ fontSize: 12 }}>登记：{a.recordedByName}</span>}
            </div>
            <div className="contact-line">
              <span className="muted">参加人员：</span>
              {a.participants}
            </div>
            <div className="contact-line">
              <Body text={a.notes} rows={3} />
            </div>
          </>
        )}
      />
    </>
  );
}
