import type { ItemSupervision } from '../../../../api/supervision';
import { TASK_ROLE_LABELS } from '../../../../lib/labels';
import type { ModalProps } from '../shared';

/** Supervision forms of the item page (R-SUP-2 reminders and urging letters, R-SUP-3 key supervision), each validated with the shared contract. */
export interface SupervisionModalProps extends ModalProps {
  supervision: ItemSupervision;
}

// ── 催办与督办函 (R-SUP-2) ────────────────────────────────────────────
export const ALL = 0;
export const unitOptions = (s: ItemSupervision) => s.openUnits.map((u) => ({ value: u.unitId, label: `${u.unitName}（${TASK_ROLE_LABELS[u.role]}）` }));
