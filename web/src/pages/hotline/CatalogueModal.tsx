import { Form, Input, Select } from 'antd';
import { catalogueBody } from '../../../../domain/contracts/hotline';
import { hotline, type Catalogue, type CatalogueEntry } from '../../api/hotline';
import { ActionModal } from '../item/ActionModal';

interface Values {
  category?: string;
  unitId?: number;
  committeeId?: number | null;
}

/** 新增 or 修改 one category of the dispatch catalogue: its responsible unit and supervising committee. */
export function CatalogueModal({
  catalogue,
  entry,
  onClose,
  onChanged,
}: {
  catalogue: Catalogue;
  /** null: a new category */
  entry: CatalogueEntry | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  return (
    <ActionModal<typeof catalogueBody, Values>
      open
      title={entry ? `修改派单目录 · ${entry.category}` : '新增事件分类'}
      okText="保存"
      schema={catalogueBody}
      fields={['category', 'unitId', 'committeeId']}
      initialValues={entry ? { category: entry.category, unitId: entry.unit.id, committeeId: entry.committee?.id ?? null } : {}}
      toBody={(v) => ({ category: v.category ?? '', unitId: v.unitId, committeeId: v.committeeId ?? null })}
      submit={(body) => (entry ? hotline.updateCatalogue(entry.id, { ...body, version: entry.version }) : hotline.addCatalogue(body))}
      successText="派单目录已保存"
      staleText="派单目录刚被他人修改，已为您刷新。请核对后再修改。"
      onClose={onClose}
      onChanged={onChanged}
    >
      {() => (
        <>
          <Form.Item name="category" label="事件分类" required>
            <Input maxLength={100} placeholder="如：城市管理" />
          </Form.Item>
          <Form.Item name="unitId" label="承办单位" required extra="登记来电时选这个分类，派单默认派给这个单位">
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择承办单位"
              options={catalogue.units.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item name="committeeId" label="对口督办的专门委员会" extra="代表评价不满意的，由这个委员会对口督办">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择专门委员会"
              options={catalogue.committees.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
