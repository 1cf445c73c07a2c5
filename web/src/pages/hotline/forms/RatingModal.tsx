import { Form, Radio, Typography } from 'antd';
import { ratingBody } from '../../../../../domain/contracts/hotline';
import { isDissatisfied, WORK_ORDER_RATINGS, WORK_ORDER_RATING_LABELS, type WorkOrderRating } from '../../../../../domain/hotline/orders';
import { hotline } from '../../../api/hotline';
import { useUser } from '../../../auth/AuthContext';
import { ActionModal } from '../../item/ActionModal';
import { TextArea } from '../../item/forms/shared';
import { STALE_TEXT } from '../parts';
import type { FormProps } from './types';

interface Values {
  rating?: WorkOrderRating;
  comment?: string;
}

/**
 * 回访评价 (R-LINE-1): the deputy rates the result on their phone, or the hotline office records what the
 * deputy said on the callback. 不满意 and 非常不满意 send the order to supervision (R-LINE-2).
 */
export function RatingModal({ d, title, onClose, onChanged }: FormProps) {
  const deputy = useUser().role === 'deputy';
  return (
    <ActionModal<typeof ratingBody, Values>
      open
      title={deputy ? title : `${title} · ${d.number}`}
      schema={ratingBody}
      fields={['rating', 'comment']}
      toBody={(v) => ({ version: d.version, rating: v.rating, comment: v.comment || null })}
      submit={(body) => hotline.rate(d.id, body)}
      successText={deputy ? '感谢您的评价' : '回访评价已登记'}
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 4, expandable: 'collapsible', symbol: (e) => (e ? '收起' : '展开') }}>
          {d.leadUnit?.name ?? '承办单位'}的办理结果：{d.result ?? '—'}
        </Typography.Paragraph>
      }
    >
      {() => (
        <>
          <Form.Item name="rating" label={deputy ? '您对办理结果是否满意' : '代表的评价'} required>
            <Radio.Group
              className="rating-choices"
              optionType="button"
              buttonStyle="solid"
              options={WORK_ORDER_RATINGS.map((r) => ({ value: r, label: WORK_ORDER_RATING_LABELS[r] }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.rating !== b.rating}>
            {({ getFieldValue }) => {
              const r = getFieldValue('rating') as WorkOrderRating | undefined;
              const unhappy = r ? isDissatisfied(r) : false;
              return (
                <Form.Item
                  name="comment"
                  label={deputy ? '意见和建议' : '评价意见'}
                  extra={unhappy ? '评价不满意的，将由人大有关专门委员会对口督办，请写明不满意的原因' : undefined}
                >
                  <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
                </Form.Item>
              );
            }}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
