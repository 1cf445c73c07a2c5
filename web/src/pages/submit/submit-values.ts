import type { UploadFile } from 'antd';
import type { SubmissionType } from '../../../../domain/proposals/wording';

/** The submit form's values (a draft keeps all but the files). */
export interface SubmitValues {
  sessionId?: number;
  title?: string;
  body?: string;
  categoryId?: number | null;
  period: 'plenary' | 'interim';
  cosignerDeputyIds: number[];
  /** a member's proposal (R-CPPCC-1): alone, jointly, or for an organization */
  submissionType?: SubmissionType;
  submitterOrgId?: number;
  files?: UploadFile[];
}

/**
 * The request's submitters from the form: a deputy's co-signers as chosen; a member's only for a joint
 * proposal, and the organization only for a collective one. The form's own checks of the choice, beside its fields.
 */
export function submittersOf(v: SubmitValues, proposal: boolean) {
  if (!proposal) return { body: { cosignerDeputyIds: v.cosignerDeputyIds ?? [] }, errors: [] };
  const errors: { field: string; message: string }[] = [];
  if (v.submissionType === 'joint' && !v.cosignerDeputyIds?.length) errors.push({ field: 'cosignerDeputyIds', message: '联名提案请至少选择一位联名委员' });
  if (v.submissionType === 'collective' && !v.submitterOrgId) errors.push({ field: 'submitterOrgId', message: '请选择提出集体提案的组织' });
  return {
    body: {
      cosignerDeputyIds: v.submissionType === 'joint' ? (v.cosignerDeputyIds ?? []) : [],
      submitterOrgId: v.submissionType === 'collective' ? v.submitterOrgId : undefined,
    },
    errors,
  };
}
