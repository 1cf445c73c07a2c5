import { Card, Descriptions, Empty, Statistic, Table, Typography } from 'antd';
import type { MonthlyReport, PeriodFigures, ReportOrder } from '../../../api/hotline-reports';

type Ratio = PeriodFigures['onTime'];
const ratioText = (r: Ratio) => (r.denominator === 0 ? '—' : `${r.rate?.toFixed(2)}%（${r.numerator}/${r.denominator}）`);
const RATINGS = [
  ['satisfied', '满意'],
  ['basicallySatisfied', '基本满意'],
  ['dissatisfied', '不满意'],
  ['veryDissatisfied', '非常不满意'],
] as const;

/** The orders of one list (应办未办, 评价不满意), by unit above, one by one below. */
function OrderList({ title, list, overdue }: { title: string; list: PeriodFigures['dueNotDone']; overdue?: boolean }) {
  return (
    <Card size="small" title={`${title}（${list.total} 件）`} style={{ marginBottom: 14 }}>
      {list.total === 0 ? (
        <Empty description="无" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <>
          <Typography.Paragraph>{list.byUnit.map((u) => `${u.unitName} ${u.count} 件`).join('；')}</Typography.Paragraph>
          <Table<ReportOrder>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={list.orders}
            columns={[
              { title: '工单编号', dataIndex: 'number', width: 120 },
              { title: '事件分类', dataIndex: 'category', width: 100 },
              { title: '来电内容', dataIndex: 'content', ellipsis: true },
              { title: '承办单位', dataIndex: 'unitName', width: 180, render: (v: string | null) => v ?? '未派单' },
              overdue ? { title: '办结期限', dataIndex: 'finishDue', width: 110 } : { title: '代表评价', dataIndex: 'ratingLabel', width: 100 },
              overdue ? { title: '逾期天数', dataIndex: 'daysOverdue', width: 90 } : { title: '当前状态', dataIndex: 'stateLabel', width: 110 },
            ]}
          />
        </>
      )}
    </Card>
  );
}

/** One month's report on screen: the figures, the orders due but not done and the dissatisfied ones, the units. */
export function ReportFigures({ report }: { report: MonthlyReport }) {
  const f = report.figures;
  return (
    <div>
      <Card
        size="small"
        title={`${report.monthLabel}专线运行情况`}
        style={{ marginBottom: 14 }}
        styles={{ body: { display: 'flex', gap: 32, flexWrap: 'wrap' } }}
      >
        <Statistic title="受理来电" value={f.received} />
        <Statistic title="反映问题" value={f.problems} />
        <Statistic title="当月办结" value={f.finished} />
        <Statistic title="评价办结" value={f.closed} />
        <Statistic title="应办未办" value={f.dueNotDone.total} />
        <Statistic title="评价不满意" value={f.dissatisfied.total} />
      </Card>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 14 }}>
        <Descriptions.Item label="24小时内联系率">{ratioText(f.contactOnTime)}</Descriptions.Item>
        <Descriptions.Item label="按期办结率">{ratioText(f.onTime)}</Descriptions.Item>
        {RATINGS.map(([k, label]) => (
          <Descriptions.Item key={k} label={label}>
            {f.satisfaction.total ? `${f.satisfaction.counts[k]} 件次，占 ${f.satisfaction.shares[k].toFixed(2)}%` : '—'}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label="生成">
          {report.generatedByName}，{new Date(report.generatedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}（共生成 {report.generations.length}{' '}
          次）
        </Descriptions.Item>
      </Descriptions>
      <OrderList title="应当办结但没有办结的工单" list={f.dueNotDone} overdue />
      <OrderList title="代表评价不满意的工单" list={f.dissatisfied} />
      <Card size="small" title="各承办单位办理情况">
        <Table
          size="small"
          rowKey="unitId"
          pagination={false}
          dataSource={f.units}
          columns={[
            { title: '承办单位', dataIndex: 'unitName' },
            { title: '工单数', dataIndex: 'orders', width: 80 },
            { title: '办结数', dataIndex: 'finished', width: 80 },
            { title: '按期办结率', key: 'onTime', render: (_, u) => ratioText(u.onTime) },
            { title: '24小时联系率', key: 'contact', render: (_, u) => ratioText(u.contactOnTime) },
            { title: '满意率', key: 'satisfied', render: (_, u) => ratioText(u.satisfied) },
          ]}
        />
      </Card>
    </div>
  );
}
