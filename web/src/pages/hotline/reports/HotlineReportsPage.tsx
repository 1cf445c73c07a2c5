import { FileAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { hotlineReports, type MonthlyReportSummary } from '../../../api/hotline-reports';
import { LoadError } from '../../../components/PageStates';
import { useLoad } from '../../../lib/useLoad';
import { DownloadButton } from './DownloadButton';
import { ReportFigures } from './ReportFigures';

/** The last twelve months before `current` (YYYY-MM), newest first. */
function monthsBefore(current: string): string[] {
  const out: string[] = [];
  let y = Number(current.slice(0, 4));
  let m = Number(current.slice(5, 7));
  for (let i = 0; i < 12; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m -= 1;
    if (m === 0) [y, m] = [y - 1, 12];
  }
  return out;
}
const label = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

/**
 * 专线月报 (R-LINE-3, issue 15 §5): the months' reports of the hotline office to the liaison office — made on
 * the rules profile's day by the system, or here on demand (again: the month's report replaced) — each on
 * screen, as Word and with its ledger as Excel; the annual report as Word.
 */
export default function HotlineReportsPage() {
  const { message } = App.useApp();
  const list = useLoad((signal) => hotlineReports.list(signal), []);
  const [month, setMonth] = useState<string | null>(null);
  const [toMake, setToMake] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const chosen = month ?? list.data?.reports[0]?.month ?? null;
  const report = useLoad(chosen ? (signal) => hotlineReports.get(chosen, signal) : null, [chosen, list.data]);
  const thisYear = Number((list.data?.currentMonth ?? '2026-01').slice(0, 4));
  const [year, setYear] = useState<number | undefined>();
  const makeMonth = toMake ?? list.data?.previousMonth;

  const generate = async () => {
    if (!makeMonth) return;
    setBusy(true);
    try {
      const r = await hotlineReports.generate(makeMonth);
      message.success(`已生成${r.monthLabel}专线月报，并通知人大常委会联工委`);
      setMonth(r.month);
      list.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '生成失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="page-title">
        <h1>专线月报</h1>
      </div>
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small">
            <Space wrap>
              <Select
                style={{ width: 140 }}
                aria-label="报告月份"
                value={makeMonth}
                onChange={setToMake}
                options={monthsBefore(list.data?.currentMonth ?? '2026-01').map((m) => ({ value: m, label: label(m) }))}
              />
              <Button type="primary" icon={<FileAddOutlined />} loading={busy} onClick={generate} disabled={!makeMonth}>
                生成本月报
              </Button>
              <Typography.Text type="secondary">每月定时生成上月报告；重新生成将替换该月报告。</Typography.Text>
              <span style={{ marginLeft: 24 }}>年度报告</span>
              <Select
                style={{ width: 110 }}
                aria-label="报告年度"
                value={year ?? thisYear}
                onChange={setYear}
                options={[0, 1, 2, 3].map((i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))}
              />
              <DownloadButton url={hotlineReports.annualUrl(year ?? thisYear)} fallback="专线年度报告.docx">
                下载年度报告
              </DownloadButton>
            </Space>
          </Card>
          <Table<MonthlyReportSummary>
            size="small"
            rowKey="month"
            loading={list.loading}
            dataSource={list.data?.reports ?? []}
            pagination={false}
            locale={{ emptyText: '尚未生成专线月报' }}
            rowClassName={(r) => (r.month === chosen ? 'ant-table-row-selected' : '')}
            onRow={(r) => ({ onClick: () => setMonth(r.month), style: { cursor: 'pointer' } })}
            columns={[
              { title: '月份', dataIndex: 'monthLabel', width: 110 },
              { title: '受理来电', dataIndex: 'received', width: 90 },
              { title: '反映问题', dataIndex: 'problems', width: 90 },
              { title: '应办未办', dataIndex: 'dueNotDone', width: 90 },
              { title: '评价不满意', dataIndex: 'dissatisfied', width: 100 },
              {
                title: '生成时间',
                dataIndex: 'generatedAt',
                render: (v: string) => new Date(v).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }),
              },
              { title: '生成人', dataIndex: 'generatedByName' },
              {
                title: '下载',
                key: 'files',
                render: (_, r) => (
                  <Space size={0} onClick={(e) => e.stopPropagation()}>
                    <DownloadButton type="link" url={hotlineReports.docxUrl(r.month)} fallback="专线月报.docx">
                      月报
                    </DownloadButton>
                    <DownloadButton type="link" url={hotlineReports.ledgerUrl(r.month)} fallback="专线台账.xlsx">
                      台账
                    </DownloadButton>
                  </Space>
                ),
              },
            ]}
          />
          {report.error ? <LoadError error={report.error} onRetry={report.reload} /> : report.data ? <ReportFigures report={report.data} /> : null}
        </Space>
      )}
    </>
  );
}
