import { Card, Col, Descriptions, Skeleton, Tag, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import type { DashboardStatistics } from '../../api/dashboard';
import { LoadError } from '../../components/PageStates';
import { useNoun } from '../../lib/words';
import { cnDate, countShare, pct } from './format';

type Intake = DashboardStatistics['intake'];

/** What became of the received items besides being registered, in the order reports list them. */
const INTAKE_PARTS: { key: Exclude<keyof Intake, 'received' | 'registered'>; label: string }[] = [
  { key: 'reference', label: '转为参阅件' },
  { key: 'returned', label: '退回修改' },
  { key: 'merged', label: '并案' },
  { key: 'notAccepted', label: '不予立案' },
  { key: 'withdrawn', label: '撤回' },
  { key: 'pending', label: '待审核' },
];

/** 收到 N 件，立案 M 件（转为参阅件 …、退回修改 …）: the parts that are not zero. */
function IntakeSentence({ intake, noun }: { intake: Intake; noun: string }) {
  const parts = INTAKE_PARTS.filter((p) => intake[p.key] > 0);
  return (
    <p className="dashboard-summary-lead">
      收到{noun} <b data-figure="received">{intake.received}</b> 件，立案 <b data-figure="registered">{intake.registered}</b> 件
      {parts.length > 0 && (
        <>
          （
          {parts.map((p, i) => (
            <span key={p.key} data-figure={p.key}>
              {i > 0 && '、'}
              {p.label} {intake[p.key]} 件
            </span>
          ))}
          ）
        </>
      )}
      。
    </p>
  );
}

/** 全部答复于 … / 尚有未答复的 …, and the evaluation window's last day with whether it has passed. */
function replyDates(d: DashboardStatistics['dates']): { replies: string; window: ReactNode } {
  const replies = d.allRepliedOn
    ? `已于 ${cnDate(d.allRepliedOn)} 全部答复`
    : d.lastReplyOn
      ? `尚未全部答复（最近一次答复于 ${cnDate(d.lastReplyOn)}）`
      : '尚无答复';
  const window = d.evaluationWindowEnds ? (
    <>
      评价期截至 {cnDate(d.evaluationWindowEnds)} {d.evaluationWindowClosed ? <Tag>已截止</Tag> : <Tag color="blue">未截止</Tag>}
    </>
  ) : (
    '—'
  );
  return { replies, window };
}

function summaryItems(s: DashboardStatistics): DescriptionsProps['items'] {
  const dates = replyDates(s.dates);
  return [
    { key: 'assigned', label: '交办', children: `已交办 ${s.assigned} 件，交办率 ${pct(s.assignmentRate)}` },
    { key: 'units', label: '承办单位', children: `主办单位 ${s.units.lead} 个、承办单位 ${s.units.handling} 个` },
    { key: 'replied', label: '答复', children: `已答复 ${s.replied} 件，答复率 ${pct(s.replyRate)}；按期答复率 ${pct(s.onTimeRate)}` },
    { key: 'closed', label: '办结', children: `已办结 ${s.closed} 件，办结率 ${pct(s.closeRate)}` },
    {
      key: 'contacts',
      label: '沟通联系',
      children: `沟通联系 ${s.contactedItems} 件（${pct(s.contactRate)}），当面沟通 ${s.visitedItems} 件（${pct(s.faceToFaceRate)}）`,
    },
    {
      key: 'satisfaction',
      label: '满意率',
      children: `初次办理满意率 ${pct(s.firstRound.satisfactionRate)}，最终满意率 ${pct(s.evaluations.satisfactionRate)}`,
    },
    {
      key: 'routing',
      label: '交办去向',
      span: 'filled',
      children: `政府系统 ${countShare(s.routing.government)}；法院、检察院及其他单位 ${countShare(s.routing.judicialAndOther)}；联合办理 ${countShare(s.routing.joint)}`,
    },
    { key: 'replyDates', label: '答复时间', children: dates.replies },
    { key: 'window', label: '评价期', children: dates.window },
  ];
}

/** 办理概况: the scope's figures worded as published handling reports word them. */
export function SummaryCard({ stats, error, onRetry, wide }: { stats: DashboardStatistics | null; error: unknown; onRetry: () => void; wide: boolean }) {
  const noun = useNoun();
  return (
    <Col xs={24} xl={wide ? 24 : 12}>
      <Card size="small" title="办理概况" className="dashboard-card dashboard-summary">
        {error ? (
          <LoadError error={error} onRetry={onRetry} />
        ) : !stats ? (
          <Skeleton active paragraph={{ rows: 5 }} title={false} />
        ) : (
          <>
            <IntakeSentence intake={stats.intake} noun={noun} />
            <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: wide ? 3 : 1, xxl: wide ? 3 : 2 }} items={summaryItems(stats)} />
          </>
        )}
      </Card>
    </Col>
  );
}
