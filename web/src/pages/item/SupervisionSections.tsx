import { Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { KEY_SUPERVISION_KIND_LABELS } from '../../../../domain/supervision/key-supervision';
import type { ItemDetail } from '../../api/types';
import { supervisionApi, type ItemSupervision } from '../../api/supervision';
import { useUser } from '../../auth/AuthContext';
import { SimpleList } from '../../components/SimpleList';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { KeySupervisionDesignation } from './KeySupervisionDesignation';
import { Body, Section } from './Section';
import { SupervisionActionButtons, type SupervisionAction } from './SupervisionActionButtons';

const Forms = lazy(() => import('./forms/supervision/SupervisionForm').then((m) => ({ default: m.SupervisionForm })));

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
          extra={<SupervisionActionButtons actions={keyActions} onOpen={setOpen} />}
        >
          {ks ? <KeySupervisionDesignation ks={ks} /> : <Typography.Text type="secondary">尚未确定为重点督办件</Typography.Text>}
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
        <Section title="催办与督办函" extra={<SupervisionActionButtons actions={urgeActions} onOpen={setOpen} />}>
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
                      {formatDateTime(l.issuedAt)}
                      {'\u3000'}
                      {l.issuerName}
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
