import { Alert } from 'antd';
import type { ItemDetail } from '../../api/types';
import { CosignButtons } from '../../components/CosignButtons';
import { wordsOf } from '../../lib/words';

/** On the item page of a co-signer who has not answered yet: the invitation, with 确认附议 (确认联名) / 拒绝 at hand. */
export function CosignPrompt({ detail, onChanged }: { detail: ItemDetail; onChanged: () => void }) {
  if (!detail.actions.includes('respondCosignature')) return null;
  const lead = detail.signers.find((s) => s.isLead);
  const w = wordsOf(detail.item.kind);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 12 }}
      title={`${lead ? `${lead.name} ${w.submitter}` : w.lead}邀请您${w.cosign}本${w.item}`}
      description={`请阅读下面的${w.item}正文后确认。确认后您将作为联名${w.submitter}提出该${w.item}；所有${w.cosigner}答复后，${w.item}提交审核。`}
      action={<CosignButtons itemId={detail.item.id} words={w} onDone={onChanged} />}
    />
  );
}
