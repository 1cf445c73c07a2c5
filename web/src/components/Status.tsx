import { Tag, Tooltip } from 'antd';
import type { Light } from '../api/types';
import type { ItemKind } from '../../../domain/items/kinds';
import type { ItemState } from '../../../domain/items/states';
import { daysText } from '../lib/dates';
import { LIGHT_COLORS, LIGHT_LABELS } from '../lib/labels';
import { wordsOf } from '../lib/words';

const STATE_COLORS: Record<ItemState, string> = {
  awaitingCosigners: 'gold',
  delegationReview: 'gold',
  submitted: 'orange',
  returned: 'volcano',
  notAccepted: 'default',
  merged: 'default',
  withdrawn: 'default',
  referenceItem: 'purple',
  accepted: 'cyan',
  draftAssigned: 'geekblue',
  handling: 'blue',
  replied: 'lime',
  dissatisfied: 'red',
  rehandling: 'magenta',
  closed: 'green',
};

/** An item's state, named as its kind names it (a proposal 待联名确认, 转为意见). */
export function StateTag({ state, kind }: { state: ItemState; kind?: ItemKind }) {
  return (
    <Tag color={STATE_COLORS[state] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {wordsOf(kind).state(state)}
    </Tag>
  );
}

/** A small tag telling a proposal from a suggestion, where one sees both (the government office, units). */
export function KindTag({ kind }: { kind: ItemKind }) {
  return (
    <Tag color={kind === 'proposal' ? 'purple' : 'blue'} bordered={false} style={{ marginInlineEnd: 0 }}>
      {wordsOf(kind).item}
    </Tag>
  );
}

export function LightDot({ light }: { light: Light }) {
  return (
    <Tooltip title={LIGHT_LABELS[light]}>
      <span className="light-dot" role="img" aria-label={LIGHT_LABELS[light]} style={{ background: LIGHT_COLORS[light] }} />
    </Tooltip>
  );
}

/** 期限: the due date with its light and days left / overdue. */
export function DueCell({ due, light, daysLeft, provisional }: { due: string | null; light: Light; daysLeft: number | null; provisional?: boolean }) {
  if (!due) return <span className="muted">—</span>;
  const color = light === 'red' ? LIGHT_COLORS.red : light === 'yellow' ? '#ad6800' : undefined;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, flexWrap: 'wrap' }}>
      {light !== 'none' && <LightDot light={light} />}
      <span style={{ whiteSpace: 'nowrap' }}>{due}</span>
      {daysLeft !== null && (
        <span style={{ color, fontSize: 12, whiteSpace: 'nowrap' }} className={color ? undefined : 'muted'}>
          {daysText(daysLeft)}
        </span>
      )}
      {provisional && (
        <Tooltip title="临时（尚无该年节假日安排），以后按官方安排重算">
          <Tag color="warning" style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: '16px', paddingInline: 4 }}>
            临时
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}
