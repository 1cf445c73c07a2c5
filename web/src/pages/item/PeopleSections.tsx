import { Space, Tag } from 'antd';
import type { Task } from '../../api/types';
import { SimpleList } from '../../components/SimpleList';
import { formatDateTime } from '../../lib/dates';
import { SIGNER_STATUS_LABELS, TASK_ROLE_LABELS, TASK_STATE_LABELS } from '../../lib/labels';
import { wordsOf } from '../../lib/words';
import { Section, type SectionProps as Props } from './Section';

// ── 提出代表 / 提案人 ─────────────────────────────────────────────
const SIGNER_COLORS = { pending: 'gold', confirmed: 'green', declined: 'default' } as const;

export function SignersSection({ detail }: Props) {
  const w = wordsOf(detail.item.kind);
  // A collective proposal is the organization's: its contact member entered it (R-CPPCC-1).
  const org = detail.item.submitterOrgName;
  return (
    <Section title={w.signers}>
      {org && (
        <div className="signers-org">
          <Tag color="purple" style={{ marginInlineEnd: 8 }}>
            提出单位
          </Tag>
          <span style={{ fontWeight: 600 }}>{org}</span>
        </div>
      )}
      <SimpleList
        items={detail.signers}
        dense
        split={false}
        rowKey={(s) => s.deputyId}
        render={(s) => (
          <div className="unit-row" style={{ alignItems: 'center' }}>
            <Space size={8} wrap>
              <Tag color={s.isLead ? 'blue' : undefined} style={{ marginInlineEnd: 0 }}>
                {s.isLead ? (org ? '联络委员' : w.leadTag) : w.cosign}
              </Tag>
              <span style={{ fontWeight: s.isLead ? 600 : undefined }}>{s.name}</span>
            </Space>
            <Tag color={SIGNER_COLORS[s.status]} style={{ marginInlineEnd: 0 }}>
              {SIGNER_STATUS_LABELS[s.status]}
            </Tag>
          </div>
        )}
      />
    </Section>
  );
}

// ── 承办单位 ──────────────────────────────────────────────────────
const TASK_COLORS: Partial<Record<Task['state'], string>> = {
  assigned: 'blue',
  draft: 'geekblue',
  adjustmentRequested: 'orange',
  opinionSent: 'green',
  replied: 'green',
  contacted: 'green',
  withdrawn: 'default',
};

export function UnitsSection({ detail }: Props) {
  if (!detail.tasks.length) return null;
  const tasks = [...detail.tasks].sort((a, b) => Number(a.state === 'withdrawn') - Number(b.state === 'withdrawn'));
  return (
    <Section title="承办单位">
      <SimpleList
        items={tasks}
        dense
        rowKey={(t) => t.id}
        render={(t) => (
          <div style={{ opacity: t.state === 'withdrawn' ? 0.55 : 1 }}>
            <div className="unit-row">
              <Space size={6} wrap style={{ minWidth: 0 }}>
                <Tag color={t.role === 'lead' ? 'blue' : t.role === 'co' ? 'cyan' : 'purple'} style={{ marginInlineEnd: 0 }}>
                  {TASK_ROLE_LABELS[t.role]}
                </Tag>
                <span style={{ fontWeight: 500, textDecoration: t.state === 'withdrawn' ? 'line-through' : undefined }}>{t.unitName}</span>
                {t.isKeyItem && <Tag color="red">重点处理</Tag>}
              </Space>
              <Tag color={TASK_COLORS[t.state]} style={{ marginInlineEnd: 0 }}>
                {TASK_STATE_LABELS[t.state]}
              </Tag>
            </div>
            {(t.handlerName || t.responsibleLeader || t.dueDate || t.acknowledgedAt) && (
              <div className="muted unit-meta">
                {t.acknowledgedAt && <span>签收：{formatDateTime(t.acknowledgedAt)}</span>}
                {t.responsibleLeader && <span>责任领导：{t.responsibleLeader}</span>}
                {t.handlerName && <span>承办人：{t.handlerName}</span>}
                {t.dueDate && <span>期限：{t.dueDate}</span>}
              </div>
            )}
          </div>
        )}
      />
    </Section>
  );
}
