import { Card, Col, Progress, Row, Select, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { checklists, type OverviewAnswer, type ReportRow } from '../../api/checklists';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { ENTRY_LIGHT_COLORS, percent, ReportState, yearOptions } from './parts';

type TownshipRow = OverviewAnswer['townships'][number];

/** 清单总览: the county's year at a glance — completion by township and by entry type, the overdue entries, the scores so far. */
export default function OverviewPage() {
  const [year, setYear] = useState<number | undefined>();
  const { data, error, reload } = useLoad((signal) => checklists.overview(year, signal), [year]);
  return (
    <>
      <div className="page-title">
        <h1>清单总览</h1>
        {data && <Select<number> aria-label="年度" value={data.year} style={{ width: 120 }} onChange={setYear} options={yearOptions(data.years)} />}
      </div>
      {error ? <LoadError error={error} onRetry={reload} /> : !data ? <PageLoading /> : <Overview o={data} />}
    </>
  );
}

function Overview({ o }: { o: OverviewAnswer }) {
  if (o.checklists === 0)
    return (
      <Card>
        <EmptyState description={`${o.year}年度尚未下发指导清单`}>
          <Link to="/checklists">去指导清单</Link>
        </EmptyState>
      </Card>
    );
  const scores = new Map((o.scores?.rows ?? []).map((s) => [s.township.id, s]));
  const figures: [string, number | string, string?][] = [
    ['下发清单', `${o.checklists} 期`],
    ['乡镇事项', o.total.total],
    ['已完成', o.total.done, ENTRY_LIGHT_COLORS.green],
    ['完成率', percent(o.total.completionRate)],
    ['超期未完成', o.total.red, o.total.red ? ENTRY_LIGHT_COLORS.red : undefined],
    ['临近期限', o.total.yellow, o.total.yellow ? ENTRY_LIGHT_COLORS.yellow : undefined],
    ['逾期报送', o.total.late],
  ];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Row gutter={[16, 16]}>
          {figures.map(([title, value, color]) => (
            <Col key={title} xs={12} sm={8} md={6} lg={3}>
              <Statistic title={title} value={value} styles={{ content: color ? { color } : undefined }} />
            </Col>
          ))}
        </Row>
      </Card>
      <Card title="各乡镇完成情况" extra={o.scores && <span className="muted">年度考核：{o.scores.stateLabel}</span>}>
        <Table<TownshipRow>
          rowKey={(r) => r.township.id}
          size="small"
          pagination={false}
          dataSource={o.townships}
          scroll={{ x: 900 }}
          columns={[
            { title: '乡镇', key: 't', render: (_, r) => <b>{r.township.name}</b> },
            { title: '事项', dataIndex: 'total', width: 70 },
            { title: '完成', key: 'done', width: 110, render: (_, r) => `${r.done}（按期 ${r.onTime}）` },
            { title: '推进中', dataIndex: 'inProgress', width: 80 },
            { title: '未完成', dataIndex: 'notDone', width: 80 },
            { title: '待报送', dataIndex: 'pending', width: 80 },
            { title: '超期', key: 'red', width: 70, render: (_, r) => <span style={{ color: r.red ? ENTRY_LIGHT_COLORS.red : undefined }}>{r.red}</span> },
            { title: '逾期报送', dataIndex: 'late', width: 90 },
            { title: '完成率', key: 'rate', width: 170, render: (_, r) => <Progress percent={r.completionRate ?? 0} size="small" /> },
            ...(o.scores
              ? [
                  {
                    title: '考核得分',
                    key: 'score',
                    width: 150,
                    render: (_: unknown, r: TownshipRow) =>
                      scores.get(r.township.id) ? `${scores.get(r.township.id)!.total} 分（第 ${scores.get(r.township.id)!.rank} 名）` : '—',
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title="各类事项完成情况">
        <Row gutter={[24, 16]}>
          {o.byType.map((t) => (
            <Col key={t.type} xs={24} md={8}>
              <div>
                <b>{t.typeLabel}</b>
                <span className="muted">
                  {'　'}完成 {t.done}/{t.total}，超期 {t.red}
                </span>
              </div>
              <Progress percent={t.completionRate ?? 0} />
            </Col>
          ))}
        </Row>
      </Card>
      <Card title={`超期未完成事项（${o.overdue.length}）`}>
        <Table<ReportRow>
          rowKey="id"
          size="small"
          dataSource={o.overdue}
          pagination={o.overdue.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          locale={{ emptyText: '没有超期未完成的事项' }}
          scroll={{ x: 900 }}
          columns={[
            { title: '乡镇', key: 't', width: 100, render: (_, r) => r.township.name },
            {
              title: '清单',
              key: 'c',
              width: 200,
              render: (_, r) => (
                <Link to={`/checklists/${r.checklistId}`}>
                  {r.quarterLabel} 第 {r.entrySeq} 项
                </Link>
              ),
            },
            { title: '事项', dataIndex: 'entryText' },
            { title: '完成时限', dataIndex: 'dueOn', width: 110 },
            { title: '落实情况', key: 's', width: 220, render: (_, r) => <ReportState r={r} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
