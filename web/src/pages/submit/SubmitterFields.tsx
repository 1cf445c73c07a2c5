import { Form, Radio, Select, Spin, Typography } from 'antd';
import { SUBMISSION_TYPE_LABELS, SUBMISSION_TYPES } from '../../../../domain/proposals/wording';
import type { SubmitterOrganization } from '../../api/proposals';
import type { Words } from '../../lib/words';
import type { useCosignerSearch } from './useCosignerSearch';

type Search = ReturnType<typeof useCosignerSearch>;

/**
 * Who submits (R-SUBMIT-1, R-CPPCC-1): a deputy alone or with co-signers; a member alone (个人提案), with co-signers
 * who confirm (联名提案), or for an organization they are the contact member of (集体提案: no co-signers).
 */
export function SubmitterFields({ words: w, search, organizations }: { words: Words; search: Search; organizations: SubmitterOrganization[] | null }) {
  const type = Form.useWatch('submissionType', Form.useFormInstance());
  const cosigners = (
    <Form.Item
      name="cosignerDeputyIds"
      label={w.proposal ? w.cosigner : `${w.cosigner}（联名）`}
      required={w.proposal}
      extra={
        w.proposal
          ? `输入姓名查找${w.submitter}；提交后，${w.cosigner}需在系统中确认联名。`
          : `输入姓名查找${w.submitter}；提交后，${w.cosigner}需在系统中确认${w.cosign}。不选则为个人提出。`
      }
    >
      <Select
        mode="multiple"
        allowClear
        placeholder={`输入${w.submitter}姓名查找`}
        showSearch={{ filterOption: false, onSearch: search.search }}
        notFoundContent={search.searching ? <Spin size="small" /> : <span className="muted">输入姓名查找{w.submitter}</span>}
        options={search.options}
        optionRender={(o) => (
          <div>
            <div>{o.label}</div>
            {o.data.occupation && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                {o.data.occupation}
              </Typography.Text>
            )}
          </div>
        )}
        onChange={search.choose}
      />
    </Form.Item>
  );
  if (!w.proposal) return cosigners;

  const noOrganization = organizations !== null && organizations.length === 0;
  return (
    <>
      <Form.Item
        name="submissionType"
        label="提案方式"
        required
        extra={noOrganization ? '集体提案由党派、团体或专门委员会的联络委员提出；您目前不是联络委员。' : undefined}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={SUBMISSION_TYPES.map((t) => ({ value: t, label: SUBMISSION_TYPE_LABELS[t], disabled: t === 'collective' && noOrganization }))}
        />
      </Form.Item>
      {type === 'joint' && cosigners}
      {type === 'collective' && (
        <Form.Item name="submitterOrgId" label="提出单位" required extra="以该组织的名义提出，答复和评价也以该组织为准；集体提案不邀请联名。">
          <Select
            placeholder="选择党派、团体或专门委员会"
            loading={organizations === null}
            options={(organizations ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
      )}
    </>
  );
}
