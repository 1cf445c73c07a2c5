import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Tag, Tooltip, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { ItemDetail } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { LoadError, PageLoading } from '../../components/PageStates';
import { PrintButton } from '../../components/PrintButton';
import { InternalNotes } from '../collaboration/InternalNotes';
import { DueCell, KindTag, StateTag } from '../../components/Status';
import { formatDate, formatDateTime } from '../../lib/dates';
import { HANDLING_MODE_LABELS, PERIOD_LABELS, RESULT_CLASS_LABELS } from '../../lib/labels';
import { seesBothKinds, wordsOf } from '../../lib/words';
import { SUBMISSION_TYPE_LABELS } from '../../../../domain/proposals/wording';
import { RelatedItemsCard } from '../proposals/RelatedItemsCard';
import { useIsMobile } from '../../lib/useIsMobile';
import { useLoad } from '../../lib/useLoad';
import { itemSheetUrl } from '../print/urls';
import { ActionBar } from './ActionBar';
import { CosignPrompt } from './CosignPrompt';
import { HistoryTimeline } from './HistoryTimeline';
import { DeadlinesSection } from './DeadlinesSection';
import { AttachmentsSection, CommitmentsSection, RequestsSection } from './FollowUpSections';
import { SignersSection, UnitsSection } from './PeopleSections';
import { SupervisionSections } from './SupervisionSections';
import { CoOpinionsSection, ContactsSection, EvaluationsSection, RepliesSection } from './ResponseSections';
import './item.css';

/** 建议详情 / 提案详情 (in the item's own words, §8): the facts, people, units, deadlines, replies, contacts, evaluations and history of one item, with the actions the user may take. */
export default function ItemPage() {
  const { itemId } = useParams();
  const id = Number(itemId);
  const navigate = useNavigate();
  const user = useUser();
  const mobile = useIsMobile();
  const valid = Number.isInteger(id) && id > 0;
  const { data: detail, error, loading, reload } = useLoad<ItemDetail>(valid ? (signal) => api.getItem(id, signal) : null, [id]);

  if (!Number.isInteger(id) || id <= 0) return <LoadError error={null} />;
  if (!detail) return error ? <LoadError error={error} onRetry={reload} /> : <PageLoading />;

  const { item } = detail;
  const w = wordsOf(item.kind);
  // Those who handle both streams see whose item it is (the congress's or the CPPCC committee's).
  const both = seesBothKinds(user.role);
  // The delegation's contact person sees the item as the deputies do: no units' internal steps.
  const deputy = user.role === 'deputy' || user.role === 'delegationContact';
  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/items'));

  const facts = [
    { key: 'number', label: '编号', children: item.number },
    ...(both ? [{ key: 'body', label: '来源', children: item.bodyName }] : []),
    { key: 'session', label: '届次', children: item.sessionName },
    // R-CPPCC-1: a proposal is a member's own, a joint one, or an organization's.
    ...(w.proposal
      ? [
          {
            key: 'submission',
            label: '提案方式',
            children: item.submitterOrgName
              ? `${SUBMISSION_TYPE_LABELS.collective}（${item.submitterOrgName}）`
              : SUBMISSION_TYPE_LABELS[detail.signers.length > 1 ? 'joint' : 'individual'],
          },
        ]
      : []),
    { key: 'period', label: '提出时间', children: `${PERIOD_LABELS[item.period]} · ${formatDateTime(item.submittedAt)}` },
    { key: 'category', label: '类别', children: item.categoryName ?? '—' },
    { key: 'state', label: '状态', children: <StateTag state={item.state} kind={item.kind} /> },
    { key: 'mode', label: '办理方式', children: item.handlingMode ? HANDLING_MODE_LABELS[item.handlingMode] : '—' },
    ...(item.leadingLeader ? [{ key: 'leader', label: '领办领导', children: item.leadingLeader }] : []),
    ...(item.assignedOn ? [{ key: 'assigned', label: '交办日期', children: item.assignedOn }] : []),
    {
      key: 'due',
      label: '当前期限',
      children: item.currentDue ? <DueCell due={item.currentDue} light={item.light} daysLeft={item.daysLeft} provisional={item.currentDueProvisional} /> : '—',
    },
    ...(item.replyDue ? [{ key: 'replyDue', label: '答复期限', children: `${item.replyDue}${item.replyExtended ? '（已延期）' : ''}` }] : []),
    ...(item.resultClass ? [{ key: 'class', label: '办理结果', children: RESULT_CLASS_LABELS[item.resultClass] }] : []),
    ...(item.round > 1 ? [{ key: 'round', label: '办理轮次', children: `第 ${item.round} 轮（重新办理）` }] : []),
    ...(item.closedAt
      ? [
          {
            key: 'closed',
            label: '办结',
            children: `${formatDate(item.closedAt)}${item.closeReason ? `（${w.closeReason(item.closeReason)}）` : ''}`,
          },
        ]
      : []),
    // R-ASSIGN-4: both bodies see to whom (and from whom) the item was handed down.
    ...(detail.handedDown
      ? [
          {
            key: 'handedDown',
            label: '交由下级办理',
            children: `${formatDate(detail.handedDown.on)} 由${detail.handedDown.fromCongressName}交${detail.handedDown.congressName}办理`,
            span: 'filled' as const,
          },
        ]
      : []),
    ...(item.reviewNote ? [{ key: 'reviewNote', label: '审核意见', children: item.reviewNote, span: 'filled' as const }] : []),
  ];

  const left = (
    <>
      <Card title="基本情况" size={mobile ? 'small' : undefined}>
        <Descriptions items={facts} column={{ xs: 1, sm: 2, lg: 2, xl: 2, xxl: 3 }} size="small" />
      </Card>
      <Card title={`${w.item}内容`} size={mobile ? 'small' : undefined}>
        {item.classified ? (
          <Typography.Text type="secondary">（涉密内容，线下办理）</Typography.Text>
        ) : (
          <Typography.Paragraph
            className="pre-wrap"
            ellipsis={{ rows: mobile ? 6 : 8, expandable: 'collapsible', symbol: (e) => (e ? '收起' : '展开全文') }}
            style={{ marginBottom: 0 }}
          >
            {item.body}
          </Typography.Paragraph>
        )}
      </Card>
      <DeadlinesSection detail={detail} />
      <RepliesSection detail={detail} />
      {!deputy && <CoOpinionsSection detail={detail} />}
      <ContactsSection detail={detail} />
      <EvaluationsSection detail={detail} />
      <CommitmentsSection detail={detail} />
      {!deputy && <RequestsSection detail={detail} />}
      {!deputy && <SupervisionSections detail={detail} onChanged={reload} />}
      <AttachmentsSection detail={detail} />
    </>
  );
  const right = (
    <>
      <SignersSection detail={detail} />
      <UnitsSection detail={detail} />
      <RelatedItemsCard detail={detail} onChanged={reload} />
      <InternalNotes itemId={item.id} />
      <Card title="办理过程" size={mobile ? 'small' : undefined}>
        <HistoryTimeline detail={detail} />
      </Card>
    </>
  );

  return (
    <div className="item-page">
      <div className="item-head">
        <Space size={4} className="item-back">
          <Button type="link" icon={<ArrowLeftOutlined />} onClick={back} style={{ paddingInline: 0 }}>
            返回
          </Button>
          <Tooltip title="刷新">
            <Button type="text" aria-label="刷新" icon={<ReloadOutlined spin={loading} />} onClick={reload} />
          </Tooltip>
          {!mobile && <PrintButton to={itemSheetUrl(item.id)} type="text" label="打印办理单" />}
        </Space>
        <div className="item-title-row">
          <div style={{ minWidth: 0 }}>
            <div className="item-number">
              {item.number}
              {both && <KindTag kind={item.kind} />}
              <StateTag state={item.state} kind={item.kind} />
              {item.light !== 'none' && item.currentDue && (
                <DueCell due={item.currentDue} light={item.light} daysLeft={item.daysLeft} provisional={item.currentDueProvisional} />
              )}
              {item.mergedIntoId && (
                <Tag>
                  已并入 <Link to={`/items/${item.mergedIntoId}`}>另一件{w.item}</Link>
                </Tag>
              )}
            </div>
            <h1 className="item-title">{item.title}</h1>
          </div>
          <div className="item-actions">
            <ActionBar detail={detail} onChanged={reload} />
          </div>
        </div>
        {error != null && <LoadError error={error} onRetry={reload} />}
        <CosignPrompt detail={detail} onChanged={reload} />
      </div>
      {mobile ? (
        <div className="item-stack">
          {left}
          {right}
        </div>
      ) : (
        <Row gutter={16} align="top">
          <Col xs={24} xl={15} className="item-stack">
            {left}
          </Col>
          <Col xs={24} xl={9} className="item-stack">
            {right}
          </Col>
        </Row>
      )}
    </div>
  );
}
