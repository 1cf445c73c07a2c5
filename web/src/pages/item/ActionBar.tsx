import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { lazy, Suspense, useState } from 'react';
import type { ItemDetail } from '../../api/types';
import { useIsMobile } from '../../lib/useIsMobile';
import { wordsOf } from '../../lib/words';

/**
 * Every action the server may list, in the order they are offered: the step
 * that moves the item on comes first (the primary button), then the work
 * around it, then the rarer ones in the 更多 menu.
 */
const IMPLEMENTED = [
  'reviewByDelegation',
  'reviewSuggestion',
  'respondCosignature',
  'resubmitSuggestion',
  'evaluateReply',
  'respondContact',
  'assignSuggestion',
  'draftAssignment',
  'handDownItem',
  'acknowledgeAssignment',
  'decideAdjustment',
  'decideExtension',
  'forwardForRehandling',
  'sendCoOpinion',
  'sendReply',
  'signOffReply',
  'approveReplyReview',
  'submitReplyForReview',
  'saveReplyDraft',
  'recordContact',
  'sendBackReply',
  'setResponsibility',
  'requestAdjustment',
  'returnCoOpinion',
  'changeCommitment',
  'mergeSuggestions',
  'reassignSuggestion',
  'requestExtension',
  'markKeyItem',
  'overrideReplyCheck',
  'publishReply',
  'closeItem',
  'withdrawSuggestion',
  'changeCategory',
  'uploadAttachment',
] as const;
/** How many buttons are shown before the rest go into the 更多 menu. */
const SHOWN = 4;
/**
 * Actions around the item that never move it on, so never the primary button: merging a
 * duplicate into it (offered up to handling, but after 交办 the step at hand is the units'),
 * second assignment, a new category, an override, an upload. When one of them comes first,
 * no button is primary.
 */
const NEVER_PRIMARY: ReadonlySet<string> = new Set([
  'handDownItem',
  'mergeSuggestions',
  'reassignSuggestion',
  'changeCategory',
  'overrideReplyCheck',
  'uploadAttachment',
]);
export type Implemented = (typeof IMPLEMENTED)[number];

const ActionForm = lazy(() => import('./ActionForms'));

/** The buttons of the actions the user may take on this item now (the server's `actions`), and their forms. */
export function ActionBar({ detail, onChanged }: { detail: ItemDetail; onChanged: () => void }) {
  const [open, setOpen] = useState<Implemented | null>(null);
  const mobile = useIsMobile();
  // A proposal's buttons say 立案, 联名确认, 答复委员 … (actionLabelFor, §8).
  const w = wordsOf(detail.item.kind);
  const actions = detail.actions ?? [];
  const ready = IMPLEMENTED.filter((a) => actions.includes(a));
  if (!ready.length) return null;
  const shown = ready.slice(0, mobile ? 2 : SHOWN);
  const more = ready.slice(shown.length);
  const close = () => setOpen(null);

  return (
    <>
      <Space wrap size={8} style={mobile ? { width: '100%' } : undefined}>
        {shown.map((a, i) => (
          <Button key={a} type={i === 0 && !NEVER_PRIMARY.has(a) ? 'primary' : 'default'} onClick={() => setOpen(a)} block={mobile && shown.length === 1}>
            {w.action(a)}
          </Button>
        ))}
        {more.length > 0 && (
          <Dropdown menu={{ items: more.map((a) => ({ key: a, label: w.action(a) })), onClick: ({ key }) => setOpen(key as Implemented) }}>
            <Button>
              更多操作 <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Space>
      {open && (
        <Suspense fallback={null}>
          <ActionForm action={open} detail={detail} onClose={close} onChanged={onChanged} />
        </Suspense>
      )}
    </>
  );
}
