import { Form, Select, Typography } from 'antd';
import { dispatchBody } from '../../../../../domain/contracts/hotline';
import { hotline } from '../../../api/hotline';
import { useLoad } from '../../../lib/useLoad';
import { ActionModal } from '../../item/ActionModal';
import { NOTE_ROWS, TextArea } from '../../item/forms/shared';
import { STALE_TEXT } from '../parts';
import type { FormProps } from './types';

interface Values {
  leadUnitId?: number;
  coUnitIds?: number[];
  note?: string;
}

/**
 * 派单 (R-LINE-1), or 改派 after a unit returned the order: the responsible unit — the one the dispatch
 * catalogue proposes for the category, unless it returned the order — and, for a problem several units
 * share, the others working with it, the first one leading (牵头).
 */
export function DispatchModal({ d, title, onClose, onChanged }: FormProps) {
  const { data: catalogue } = useLoad((signal) => hotline.catalogue(signal), []);
  const returned = new Set(d.unitParts.filter((u) => u.state === 'returned').map((u) => u.unit.id));
  const proposed = d.proposedUnit && !returned.has(d.proposedUnit.id) ? d.proposedUnit.id : undefined;
  // Until the units are loaded, those the order already names (so the proposed one shows by its name at once).
  const known = [...(d.proposedUnit ? [d.proposedUnit] : []), ...d.unitParts.map((u) => u.unit)].filter(
    (u, i, all) => all.findIndex((x) => x.id === u.id) === i,
  );
  const options = (catalogue?.units ?? known).map((u) => ({ value: u.id, label: returned.has(u.id) ? `${u.name}（已退单）` : u.name }));
  const redo = d.state === 'returned';
  return (
    <ActionModal<typeof dispatchBody, Values>
      open
      title={`${title} · ${d.number}`}
      okText={title}
      schema={dispatchBody}
      fields={['leadUnitId', 'coUnitIds', 'note']}
      initialValues={{ leadUnitId: proposed, coUnitIds: [] }}
      toBody={(v) => ({ version: d.version, leadUnitId: v.leadUnitId, coUnitIds: v.coUnitIds ?? [], note: v.note || null })}
      submit={(body) => hotline.dispatch(d.id, body)}
      successText={redo ? '已改派，新承办单位已收到工单' : '已派单，承办单位 24 小时内联系代表'}
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          {d.category}：{d.content.length > 80 ? `${d.content.slice(0, 80)}…` : d.content}
          {d.proposedUnit && (
            <>
              <br />
              派单目录建议承办单位：{d.proposedUnit.name}
            </>
          )}
        </Typography.Paragraph>
      }
    >
      {() => (
        <>
          <Form.Item name="leadUnitId" label={redo ? '改派给（牵头单位）' : '承办单位（牵头）'} required>
            <Select showSearch={{ optionFilterProp: 'label' }} placeholder="选择承办单位" loading={!catalogue} options={options} />
          </Form.Item>
          <Form.Item name="coUnitIds" label="协办单位" extra="涉及多个部门的，明确一个单位牵头统筹办理，其他单位配合">
            <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} placeholder="不涉及其他单位的不选" options={options} />
          </Form.Item>
          <Form.Item name="note" label="派单说明">
            <TextArea autoSize={NOTE_ROWS} maxLength={1000} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
