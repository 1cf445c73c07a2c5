import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Space, Tag, Tooltip } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { hotline, type OrderDetail } from '../../api/hotline';
import { useUser } from '../../auth/AuthContext';
import { LoadError, PageLoading } from '../../components/PageStates';
import { useIsMobile } from '../../lib/useIsMobile';
import { useLoad } from '../../lib/useLoad';
import { CallCard, ClocksCard, PendingNotes } from './OrderFacts';
import { OrderActions } from './OrderActions';
import { ContactsCard, HistoryCard, ResultCard, SupervisionCard, UnitsCard } from './OrderSections';
import { CLOCKS, OrderStateTag, UrgencyTag } from './parts';
import './hotline.css';

/**
 * 专线工单 · one order: the call, the clocks with their lights, the units, the contacts with the deputy,
 * the result and the rating, the supervision and the history; the actions the viewer may take now.
 */
export default function OrderPage() {
  const id = Number(useParams().orderId);
  const valid = Number.isInteger(id) && id > 0;
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const user = useUser();
  const { data: d, error, loading, reload } = useLoad(valid ? (signal) => hotline.get(id, signal) : null, [id]);
  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/hotline'));

  const head = (
    <div className="page-title">
      <h1>{d ? `专线工单 ${d.number}` : '专线工单'}</h1>
      <Space size={4}>
        <Button type="link" icon={<ArrowLeftOutlined />} onClick={back} style={{ paddingInline: 0 }}>
          返回
        </Button>
        <Tooltip title="刷新">
          <Button type="text" aria-label="刷新" icon={<ReloadOutlined spin={loading && Boolean(d)} />} onClick={reload} />
        </Tooltip>
      </Space>
    </div>
  );
  if (!valid) return head;
  if (!d)
    return (
      <>
        {head}
        {error ? <LoadError error={error} onRetry={reload} /> : <PageLoading />}
      </>
    );

  // A deputy follows the clocks while they run; once all have stopped, the result is what matters.
  const deputy = user.role === 'deputy';
  const running = CLOCKS.some((c) => !d[c.key].stopped && d[c.key].light !== 'none');
  const left = (
    <>
      <PendingNotes d={d} />
      <CallCard d={d} />
      {(!deputy || running) && <ClocksCard d={d} />}
      <ContactsCard d={d} />
      <ResultCard d={d} />
    </>
  );
  const right = (
    <>
      <UnitsCard d={d} />
      <SupervisionCard d={d} />
      <HistoryCard d={d} />
    </>
  );
  return (
    <div className="order-page">
      <div className="order-head">
        {head}
        <div className="order-head-tags">
          <OrderStateTag state={d.state} label={d.stateLabel} />
          <UrgencyTag row={d} />
          <Tag style={{ marginInlineEnd: 0 }}>{d.category}</Tag>
          {d.leadUnit && <span className="muted">{d.leadUnit.name}</span>}
        </div>
        <DeputyPrompt d={d} deputy={deputy} />
        <div style={{ marginBottom: 16 }}>
          <OrderActions d={d} onChanged={reload} />
        </div>
        {error != null && <LoadError error={error} onRetry={reload} />}
      </div>
      {mobile ? (
        <div className="order-stack">
          {left}
          {right}
        </div>
      ) : (
        <Row gutter={16} align="top">
          <Col xs={24} xl={15} className="order-stack">
            {left}
          </Col>
          <Col xs={24} xl={9} className="order-stack">
            {right}
          </Col>
        </Row>
      )}
    </div>
  );
}

/** A deputy's order waiting for their rating: say so above the buttons. */
function DeputyPrompt({ d, deputy }: { d: OrderDetail; deputy: boolean }) {
  if (!deputy || !d.actions.includes('rateWorkOrder')) return null;
  return <Alert type="info" showIcon title="承办单位已向您反馈办理结果，请对办理结果进行评价" style={{ marginBottom: 12 }} />;
}
