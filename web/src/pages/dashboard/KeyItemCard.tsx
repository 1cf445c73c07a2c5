import { Card, Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { KeyItem, KeyItemEvent } from '../../api/dashboard';
import type { ItemState } from '../../../../domain/items/states';
import { DueCell, StateTag } from '../../components/Status';
import { formatDateTime } from '../../lib/dates';
import { EVENT_LABELS, ITEM_STATE_LABELS, REPLY_STATE_LABELS, ROLE_LABELS, TASK_ROLE_LABELS, TASK_STATE_LABELS } from '../../lib/labels';

const isItemState = (s: string | null): s is ItemState => s !== null && s in ITEM_STATE_LABELS;

/**
 * One history event in words: when, what, who (and in which role). The item's
 * own state change is added when there was one; task and reply steps carry
 * their meaning in the event's name already.
 */
function EventLine({ e }: { e: KeyItemEvent }) {
  // A scheduled job's event ('system') is told by its name alone (系统).
  const who = [e.actorName, e.actorRole && e.actorRole !== 'system' ? ROLE_LABELS[e.actorRole] : null].filter(Boolean).join(' · ') || '系统';
  const change =
    isItemState(e.fromState) && isItemState(e.toState) && e.fromState !== e.toState
      ? `（${ITEM_STATE_LABELS[e.fromState]} → ${ITEM_STATE_LABELS[e.toState]}）`
      : '';
  return (
    <li>
      <time dateTime={e.at}>{formatDateTime(e.at)}</time>
      <span>
        <strong>
          {EVENT_LABELS[e.type] ?? e.type}
          {change}
        </strong>
        <span className="muted"> {who}</span>
      </span>
    </li>
  );
}

/** The latest events of a key item's history, newest first. */
export function EventList({ k }: { k: KeyItem }) {
  if (!k.recentEvents.length) return <div className="muted">暂无记录</div>;
  return (
    <ul className="key-item-events" aria-label={`${k.title}的最近动态`}>
      {k.recentEvents.map((e) => (
        <EventLine key={e.id} e={e} />
      ))}
    </ul>
  );
}

/** 办理进展: reply sent or not, contacts logged, the unit's latest reply and where it stands. */
export function progressText(k: KeyItem): string {
  const parts = [k.replied ? '已答复' : '未答复', `沟通联系 ${k.contacts} 次`];
  if (k.lastReply) {
    const state = REPLY_STATE_LABELS[k.lastReply.state];
    parts.push(
      `最近答复：${k.lastReply.round > 1 ? `第 ${k.lastReply.round} 轮 ` : ''}${state}（${k.lastReply.resultClass}类${k.lastReply.sentOn ? `，${k.lastReply.sentOn}` : ''}）`,
    );
  } else if (k.taskRole !== 'co' && k.taskRole !== 'reference') {
    parts.push('尚未起草答复');
  }
  return parts.join(' · ');
}

export function UnitCell({ k }: { k: KeyItem }) {
  return (
    <span>
      {k.unitName} <Tag style={{ marginInlineStart: 4 }}>{TASK_ROLE_LABELS[k.taskRole]}</Tag>
    </span>
  );
}

export function StateCell({ k }: { k: KeyItem }) {
  return (
    <span style={{ display: 'inline-flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
      <StateTag state={k.state} />
      <span className="muted">本单位：{TASK_STATE_LABELS[k.taskState]}</span>
    </span>
  );
}

export const peopleText = (k: KeyItem) => [k.responsibleLeader, k.handlerName].filter(Boolean).join(' / ');

/** A key item (重点处理建议, R-HANDLE-2 / R-SUP-3) with its unit's progress and the latest events of its history. */
export function KeyItemCard({ k }: { k: KeyItem }) {
  return (
    <Card
      size="small"
      className="key-item-card"
      title={
        <Link to={`/items/${k.itemId}`}>
          <span className="muted" style={{ marginInlineEnd: 8 }}>
            {k.number}
          </span>
          {k.title}
        </Link>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          {
            key: 'unit',
            label: '承办单位',
            children: <UnitCell k={k} />,
          },
          {
            key: 'state',
            label: '办理状态',
            children: <StateCell k={k} />,
          },
          { key: 'due', label: '办理期限', children: <DueCell due={k.currentDue} light={k.light} daysLeft={k.daysLeft} /> },
          { key: 'people', label: '责任人', children: peopleText(k) || <span className="muted">未分解</span> },
          { key: 'progress', label: '办理进展', span: 'filled', children: progressText(k) },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        最近动态
      </Typography.Text>
      <EventList k={k} />
    </Card>
  );
}
