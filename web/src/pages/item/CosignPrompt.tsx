import { Alert } from 'antd';
import type { ItemDetail } from '../../api/types';
import { CosignButtons } from '../../components/CosignButtons';

/** On the item page of a co-signer who has not answered yet: the invitation, with 确认附议 / 拒绝 at hand. */
export function CosignPrompt({ detail, onChanged }: { detail: ItemDetail; onChanged: () => void }) {
  if (!detail.actions.includes('respondCosignature')) return null;
  const lead = detail.signers.find((s) => s.isLead);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 12 }}
      title={`${lead ? `${lead.name} 代表` : '领衔代表'}邀请您附议本建议`}
      description="请阅读下面的建议正文后确认。确认后您将作为联名代表提出该建议；所有附议代表答复后，建议提交审核。"
      action={<CosignButtons itemId={detail.item.id} onDone={onChanged} />}
    />
  );
}
