import { Form, Input, Radio } from 'antd';
import { HANDLING_MODES, HANDLING_MODE_LABELS, type HandlingMode } from '../../../../../../domain/items/kinds';
import { UnitPicker } from '../UnitPicker';

/** The plan of an assignment: the handling mode and its units, picked from the unit tree. */
// Rules behind the texts below: R-CO-1 (../shared/domain.md).
export function PlanFields() {
  return (
    <>
      <Form.Item name="mode" label="办理方式" required>
        <Radio.Group optionType="button" buttonStyle="solid" options={HANDLING_MODES.map((m) => ({ value: m, label: HANDLING_MODE_LABELS[m] }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.mode !== b.mode || a.lead !== b.lead || a.co !== b.co}>
        {({ getFieldValue }) => {
          const mode = getFieldValue('mode') as HandlingMode;
          if (mode === 'split') {
            return (
              <Form.Item name="split" label="分办单位（各自答复所涉部分）" required>
                <UnitPicker multiple />
              </Form.Item>
            );
          }
          return (
            <>
              {mode === 'leaderLed' && (
                <Form.Item name="leadingLeader" label="领办领导" required>
                  <Input maxLength={100} placeholder="如：副省长 王××" />
                </Form.Item>
              )}
              <Form.Item name="lead" label={mode === 'leaderLed' ? '具体承办单位' : '主办单位'} required>
                <UnitPicker exclude={getFieldValue('co') ?? []} />
              </Form.Item>
              {mode !== 'single' && (
                <Form.Item name="co" label="会办单位" required={mode === 'leadCo'} extra="会办单位在会办期限内向主办单位报送会办意见。">
                  <UnitPicker multiple exclude={getFieldValue('lead') ? [getFieldValue('lead')] : []} />
                </Form.Item>
              )}
            </>
          );
        }}
      </Form.Item>
    </>
  );
}
