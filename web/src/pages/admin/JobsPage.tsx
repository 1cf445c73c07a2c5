import { PlayCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { notificationsApi, type JobStatus, type JobsStatus } from '../../api/notifications';
import { LoadError, PageLoading } from '../../components/PageStates';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { scheduleText } from './job-schedule';

const STATE_LABELS: Record<string, string> = { pending: '待发送', sent: '已发送', failed: '失败' };
const CHANNEL_LABELS: Record<string, string> = { email: '邮件', sms: '短信' };

/** The jobs' result counts in Chinese (server/jobs/*.ts and the job functions they register). */
const RESULT_LABELS: Record<string, string> = {
  week: '周次',
  units: '单位',
  items: '件次',
  tasks: '在办任务',
  yellow: '新黄灯',
  red: '新红灯',
  adjustmentWindowClosing: '调整期将截止',
  closed: '自动办结',
  dissatisfied: '转不满意',
  unpublished: '未公开答复',
  due: '待公开提醒',
  overdue: '逾期提醒',
  checked: '检查事项',
  sent: '发出提醒',
  generated: '生成通报',
  congresses: '人大',
  alreadyDone: '本月已有',
  carried: '结转',
  empty: '无在办',
};

function resultText(r: Record<string, unknown> | null): string {
  if (!r) return '—';
  return Object.entries(r)
    .map(([k, v]) => `${RESULT_LABELS[k] ?? k} ${String(v)}`)
    .join('，');
}

/**
 * 定时任务 (issue 4 §8): each job's schedule, next and last run, a run-now
 * button; the latest runs; the outbox and e-mail/SMS deliveries by state with
 * the latest failures — what an administrator checks when a reminder seems missing.
 */
export default function JobsPage() {
  const { data, error, reload } = useLoad((signal) => notificationsApi.jobs(signal), []);
  const [running, setRunning] = useState<string | null>(null);
  const { message } = AntApp.useApp();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <PageLoading />;

  const run = async (name: string) => {
    setRunning(name);
    try {
      const r = await notificationsApi.runJob(name);
      if (r.status === 'ok') message.success(`已运行：${resultText(r.result ?? null)}`);
      else message.error(`运行失败：${r.error}`);
      reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '运行失败');
    } finally {
      setRunning(null);
    }
  };

  const columns: ColumnsType<JobStatus> = [
    {
      title: '任务',
      dataIndex: 'label',
      render: (l: string, j) => (
        <>
          <div>{l}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {scheduleText(j.schedule)}
          </Typography.Text>
        </>
      ),
    },
    { title: '下次运行', dataIndex: 'nextRunAt', width: 170, render: (v: string | null) => formatDateTime(v) },
    { title: '上次运行', dataIndex: 'lastRunAt', width: 170, render: (v: string | null) => formatDateTime(v) || '—' },
    {
      title: '结果',
      key: 'result',
      render: (_, j) =>
        j.lastStatus === 'error' ? (
          <Tag color="red">失败：{j.lastError}</Tag>
        ) : j.lastStatus === 'ok' ? (
          <span>{resultText(j.lastResult)}</span>
        ) : (
          <span className="muted">尚未运行</span>
        ),
    },
    { title: '次数', dataIndex: 'runCount', width: 70 },
    {
      title: '操作',
      key: 'run',
      width: 110,
      render: (_, j) => (
        <Popconfirm
          title={`立即运行“${j.label}”？`}
          description="不改变其计划；发出的提醒每单位每周仍只一次。"
          okText="运行"
          cancelText="取消"
          onConfirm={() => run(j.name)}
        >
          <Button size="small" icon={<PlayCircleOutlined />} loading={running === j.name}>
            立即运行
          </Button>
        </Popconfirm>
      ),
    },
  ];
  const count = (channel: string, state: string) => data.deliveries.find((d) => d.channel === channel && d.state === state)?.n ?? 0;

  return (
    <>
      <div className="page-title">
        <h1>定时任务与消息发送</h1>
        <Button icon={<ReloadOutlined />} onClick={reload}>
          刷新
        </Button>
      </div>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title="定时任务">
          <Table rowKey="name" size="middle" columns={columns} dataSource={data.jobs} pagination={false} scroll={{ x: 900 }} />
        </Card>
        <Card title="消息发送">
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, md: 4 }}
            items={[
              { key: 'outbox', label: '待分发消息', children: `${data.outbox.pending} / 共 ${data.outbox.total}` },
              ...(['email', 'sms'] as const).map((c) => ({
                key: c,
                label: CHANNEL_LABELS[c],
                children: (['pending', 'sent', 'failed'] as const).map((s) => `${STATE_LABELS[s]} ${count(c, s)}`).join('，'),
              })),
            ]}
          />
          {data.failures.length > 0 && (
            <Table<JobsStatus['failures'][number]>
              style={{ marginTop: 12 }}
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.failures}
              columns={[
                { title: '渠道', dataIndex: 'channel', width: 70, render: (c: string) => CHANNEL_LABELS[c] ?? c },
                { title: '地址', dataIndex: 'address', width: 200 },
                {
                  title: '状态',
                  dataIndex: 'state',
                  width: 80,
                  render: (s: string) => <Tag color={s === 'failed' ? 'red' : s === 'sent' ? 'green' : 'gold'}>{STATE_LABELS[s] ?? s}</Tag>,
                },
                { title: '尝试', dataIndex: 'attempts', width: 60 },
                { title: '最近错误', dataIndex: 'lastError' },
              ]}
            />
          )}
        </Card>
        <Card title="最近运行记录">
          <Table<JobsStatus['runs'][number]>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.runs}
            scroll={{ x: 800 }}
            columns={[
              { title: '任务', dataIndex: 'jobName', render: (n: string) => data.jobs.find((j) => j.name === n)?.label ?? n },
              { title: '计划时间', dataIndex: 'scheduledFor', width: 170, render: (v: string) => formatDateTime(v) },
              { title: '触发', dataIndex: 'trigger', width: 110, render: (t: string) => (t === 'schedule' ? '按计划' : `手动（${t}）`) },
              { title: '结果', key: 'r', render: (_, r) => (r.status === 'ok' ? resultText(r.result) : <Tag color="red">失败：{r.error}</Tag>) },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
