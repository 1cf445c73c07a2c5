import { Form, Input, Radio, Select, TreeSelect } from 'antd';
import { URGENCIES, URGENCY_LABELS } from '../../../../domain/hotline/orders';
import type { Catalogue } from '../../api/hotline';
import { NOTE_ROWS, TextArea } from '../item/forms/shared';

/** The catalogue's "other" choice: the category typed by hand. */
export const OTHER = 0;

/** What the intake forms keep (the office's 登记来电 and a deputy's 反映问题). */
export interface OrderValues {
  callerPhone?: string;
  deputyId?: number | null;
  catalogueId?: number;
  category?: string;
  content?: string;
  urgency?: 'urgent' | 'general';
  placeCongressId?: number;
  placeName?: string;
}

/** The request body of the fields below: a catalogue row, or the category typed. */
export function orderBody(v: OrderValues) {
  const fromCatalogue = v.catalogueId !== undefined && v.catalogueId !== OTHER;
  return {
    catalogueId: fromCatalogue ? v.catalogueId : undefined,
    category: fromCatalogue ? undefined : v.category,
    content: v.content ?? '',
    urgency: v.urgency ?? 'general',
    placeCongressId: v.placeCongressId ?? null,
    placeName: v.placeName || null,
  };
}

/** 事件分类 from the dispatch catalogue (showing the unit it proposes) or typed; 来电内容; 紧急程度; 属地 and the place as said. */
export function OrderFields({ catalogue, deputy }: { catalogue: Catalogue | null; deputy?: boolean }) {
  const entries = catalogue?.entries ?? [];
  const places = catalogue?.places ?? [];
  const tree = places
    .filter((p) => !places.some((q) => q.id === p.parentId))
    .map((p) => ({
      value: p.id,
      title: p.name.replace(/人民代表大会$/, ''),
      children: places.filter((c) => c.parentId === p.id).map((c) => ({ value: c.id, title: c.name.replace(/人民代表大会$/, '') })),
    }));
  return (
    <>
      {entries.length > 0 && (
        <Form.Item noStyle shouldUpdate={(a: OrderValues, b: OrderValues) => a.catalogueId !== b.catalogueId}>
          {({ getFieldValue }) => {
            const chosen = entries.find((e) => e.id === getFieldValue('catalogueId'));
            return (
              <Form.Item
                name="catalogueId"
                label="事件分类"
                required
                extra={
                  chosen && !deputy
                    ? `派单目录建议承办单位：${chosen.unit.name}`
                    : deputy
                      ? '选择问题所属的类别；没有合适的选“其他分类”后填写'
                      : '从派单目录中选择；目录中没有的选“其他分类”后填写'
                }
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="选择事件分类"
                  options={[...entries.map((e) => ({ value: e.id, label: e.category })), { value: OTHER, label: '其他分类（手动填写）' }]}
                />
              </Form.Item>
            );
          }}
        </Form.Item>
      )}
      <Form.Item noStyle shouldUpdate={(a: OrderValues, b: OrderValues) => a.catalogueId !== b.catalogueId}>
        {({ getFieldValue }) =>
          (entries.length === 0 || getFieldValue('catalogueId') === OTHER) && (
            <Form.Item name="category" label={entries.length ? '其他分类' : '事件分类'} required>
              <Input maxLength={100} placeholder="如：城市管理、交通出行" />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="content" label={deputy ? '反映的问题' : '来电内容'} required extra="说清楚在什么地方、什么问题、群众有什么诉求">
        <TextArea autoSize={NOTE_ROWS} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item name="urgency" label="紧急程度" required extra="急办事项当天办结，一般事项 7 个工作日内办结">
        <Radio.Group optionType="button" buttonStyle="solid" options={[...URGENCIES].reverse().map((u) => ({ value: u, label: URGENCY_LABELS[u] }))} />
      </Form.Item>
      {tree.length > 0 && (
        <Form.Item name="placeCongressId" label="属地（县市区、乡镇）" extra="问题发生在哪个县市区或乡镇；当地人大将据此开展属地督办">
          <TreeSelect allowClear showSearch={{ treeNodeFilterProp: 'title' }} treeData={tree} placeholder="选择县市区或乡镇" treeDefaultExpandAll={false} />
        </Form.Item>
      )}
      <Form.Item name="placeName" label="具体地点">
        <Input maxLength={100} placeholder="如：某某路与某某街交叉口" />
      </Form.Item>
    </>
  );
}
