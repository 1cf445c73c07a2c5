import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { createOrganizationBody, updateOrganizationBody } from '../../../../domain/contracts/admin';
import { adminApi, type CreatableOrgKind, type Organization, type OrganizationRecord } from '../../api/admin';
import { ApiError } from '../../api/client';
import { showServerError, validate } from '../../lib/forms';
import { useUser } from '../../auth/AuthContext';
import { CREATABLE_KINDS, ORG_KIND_LABELS } from './org-tree';

interface Values {
  kind?: CreatableOrgKind;
  name?: string;
  shortName?: string | null;
  parentId?: number | null;
  isGovernment?: boolean;
}

const FIELDS = ['kind', 'name', 'shortName', 'parentId', 'isGovernment'] as const;
const CODE_FIELDS: Record<string, (typeof FIELDS)[number]> = {
  NAME_TAKEN: 'name',
  DIVISION_NEEDS_UNIT: 'parentId',
  DIVISION_IN_USE: 'parentId',
  UNEXPECTED_PARENT: 'parentId',
  NOT_A_UNIT: 'isGovernment',
  ORG_KIND_NOT_OF_BODY: 'kind',
};

/**
 * Adds an organization (a unit, a unit's division, a delegation or a committee; in a CPPCC committee a
 * sector, a participating party or organization, a committee), or renames one, moves a division to
 * another unit, marks a unit as a government unit or not.
 */
export function OrganizationFormModal({
  open,
  org,
  preset,
  orgs,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** null = create */
  org: Organization | null;
  /** defaults for a new organization, e.g. a division under the selected unit */
  preset?: Values;
  orgs: Organization[];
  onClose: () => void;
  onSaved: (o: OrganizationRecord) => void;
}) {
  const [form] = Form.useForm<Values>();
  // A congress adds units, divisions, delegations and committees; a CPPCC committee sectors, parties and committees.
  const creatable = CREATABLE_KINDS[useUser().body];
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const watchedKind = Form.useWatch('kind', form);
  const kind = org ? org.kind : watchedKind;

  // Opening (or another organization) starts without the last error; set while rendering, as React advises.
  const [shownFor, setShownFor] = useState({ open, org, preset });
  if (shownFor.open !== open || shownFor.org !== org || shownFor.preset !== preset) {
    setShownFor({ open, org, preset });
    if (open) setGeneral(null);
  }
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      org ? { name: org.name, shortName: org.shortName, parentId: org.parentId, isGovernment: org.isGovernment } : { isGovernment: true, ...preset },
    );
  }, [open, org, preset, form]);

  const submit = async () => {
    const raw = form.getFieldsValue(true) as Values;
    const body = {
      ...raw,
      shortName: raw.shortName?.trim() ? raw.shortName : null,
      parentId: kind === 'division' ? (raw.parentId ?? null) : null,
      isGovernment: kind === 'unit' ? (raw.isGovernment ?? true) : undefined,
    };
    const v = org ? validate(updateOrganizationBody, body, form, FIELDS) : validate(createOrganizationBody, body, form, FIELDS);
    if (!v.ok) {
      setGeneral(v.general.join('；') || null);
      return;
    }
    setBusy(true);
    setGeneral(null);
    try {
      const saved = org
        ? await adminApi.updateOrganization(org.id, updateOrganizationBody.parse(body))
        : await adminApi.createOrganization(createOrganizationBody.parse(body));
      message.success(org ? '已保存' : `已新增${ORG_KIND_LABELS[saved.kind]}：${saved.name}`);
      onSaved(saved);
    } catch (e) {
      const field = e instanceof ApiError ? CODE_FIELDS[e.code] : undefined;
      if (field && e instanceof ApiError) form.setFields([{ name: field, errors: [e.message] }]);
      else setGeneral(showServerError(e, form, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  const units = orgs.filter((o) => o.kind === 'unit');
  return (
    <Modal
      open={open}
      title={org ? `修改${ORG_KIND_LABELS[org.kind]}` : '新增机构'}
      okText="保存"
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={submit}>
        {!org && (
          <Form.Item name="kind" label="类别" required>
            <Select placeholder="选择类别" options={creatable.map((k) => ({ value: k, label: ORG_KIND_LABELS[k] }))} />
          </Form.Item>
        )}
        <Form.Item name="name" label="全称" required>
          <Input placeholder={kind === 'division' ? '如：省教育厅基础教育处' : '如：省水利厅'} />
        </Form.Item>
        <Form.Item name="shortName" label="简称">
          <Input placeholder={kind === 'division' ? '如：基础教育处' : '可不填'} />
        </Form.Item>
        {kind === 'division' && (
          <Form.Item name="parentId" label="所属承办单位" required extra={org ? '调整到其他单位：已承担责任分解的处室不能调整' : undefined}>
            <Select showSearch={{ optionFilterProp: 'label' }} placeholder="选择承办单位" options={units.map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        )}
        {kind === 'unit' && (
          <Form.Item name="isGovernment" label="政府部门" valuePropName="checked" extra="政府部门的答复由政府办公厅审核；法院、检察院、国有企业等为非政府部门">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        )}
        {general && <Alert type="error" showIcon title={general} />}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
