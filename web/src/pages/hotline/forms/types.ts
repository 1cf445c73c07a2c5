import type { OrderDetail } from '../../../api/hotline';

/** What every action form of an order gets from the order page. */
export interface FormProps {
  d: OrderDetail;
  /** the action's name as its button says it */
  title: string;
  onClose: () => void;
  onChanged: () => void;
}
