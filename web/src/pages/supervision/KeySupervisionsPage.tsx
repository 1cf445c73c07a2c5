import { Card, Col, Row, Select, Statistic, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  KEY_SUPERVISION_KIND_LABELS,
  KEY_SUPERVISION_KINDS,
  SUPERVISION_ACTIVITY_LABELS,
  type KeySupervisionKind,
} from '../../../../domain/supervision/key-supervision';
import { isUnitRole } from '../../../../domain/items/roles';
import { api } from '../../api/client';
import { supervisionApi, type KeySupervisionRow } from '../../api/supervision';
import { useUser } from '../../auth/AuthContext';
import { EmptyState, LoadError } from '../../components/PageStates';
import { DueCell, StateTag } from '../../components/Status';
import { TASK_ROLE_LABELS } from '../../lib/labels';
import { sessionOptions } from '../../lib/sessions';
import { useLoad } from '../../lib/useLoad';
import { useNoun } from '../../lib/words';
import '../dashboard/dashboard.css';

const KIND_COLORS = { leaderLed: 'red', committee: 'volcano', joint: 'magenta' } as const;

interface Filter {
  sessionId?: number;
  kind?: KeySupervisionKind;
  committeeId?: number;
}

/**
 * 重点督办 (R-SUP-3): the items that leaders, committees or the government
 * designated for key supervision, listed and counted apart — by kind,
 * answered, closed, overdue — each with its deadline and light, units and
 * latest supervision activity. Not the units' own key items (重点处理建议,
 * R-HANDLE-2), which are on their own page.
 */
export default function KeySupervisionsPage() {
  const user = useUser();
  const noun = useNoun();
  const supervising = !isUnitRole(user.role);
  const sessions = useLoad((signal) => api.listSessions(signal), []);
  const committees = useLoad(supervising ? (signal) => supervisionApi.listCommittees(signal) : null, []);
  const [picked, setFilter] = useState<Filter | undefined>(undefined);
  // Until the user picks: the latest session, or all when the sessions did not load (undefined while they load).
  const initial = useMemo<Filter | undefined>(
    () => (sessions.data ? { sessionId: [...sessions.data].sort((a, b) => b.year - a.year || b.id - a.id)[0]?.id } : sessions.error ? {} : undefined),
    [sessions.data, sessions.error],
  );
  const filter = picked ?? initial;
  const list = useLoad(filter ? (signal) => supervisionApi.listKeySupervisions(filter, signal) : null, [JSON.stringify(filter ?? null)]);
  const counts = list.data?.counts;

  const figures = counts
    ? [
        { key: 'total', title: '重点督办件', value: counts.total, suffix: '件' },
        ...KEY_SUPERVISION_KINDS.map((k) => ({ key: k, title: KEY_SUPERVISION_KIND_LABELS[k], value: counts.byKind[k], suffix: '件' })),
        { key: 'replied', title: '已答复', value: counts.replied, suffix: '件' },
        { key: 'closed', title: '已办结', value: counts.closed, suffix: '件' },
        { key: 'red', title: '红灯（已超期）', value: counts.red, suffix: '件', danger: counts.red > 0 },
      ]
    : [];

  return (
    <>
      <div className="page-title">
        <h1>重点督办</h1>
      </div>
      <div className="dashboard-filters" role="search" aria-label="筛选">
        <Select
          allowClear
          className="dashboard-filter"
          aria-label="届次"
          placeholder="全部届次"
          value={filter?.sessionId}
          onChange={(v?: number) => setFilter({ ...filter, sessionId: v })}
          options={sessionOptions(sessions.data ?? [], user)}
        />
        <Select
          allowClear
          className="dashboard-filter"
          aria-label="督办方式"
          placeholder="全部督办方式"
          value={filter?.kind}
          onChange={(v?: KeySupervisionKind) => setFilter({ ...filter, kind: v })}
          options={KEY_SUPERVISION_KINDS.map((k) => ({ value: k, label: KEY_SUPERVISION_KIND_LABELS[k] }))}
        />
        {supervising && (
          <Select
            allowClear
            className="dashboard-filter"
            aria-label="督办专委会"
            placeholder="全部专委会"
            value={filter?.committeeId}
            onChange={(v?: number) => setFilter({ ...filter, committeeId: v })}
            options={(committees.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
        )}
      </div>
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            {figures.map((f) => (
              <Col key={f.key} xs={12} sm={8} lg={6} xxl={3}>
                <Card size="small" data-figure={f.key}>
                  <Statistic title={f.title} value={f.value} suffix={f.suffix} styles={f.danger ? { content: { color: '#d4380d' } } : undefined} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card>
            <Table<KeySupervisionRow>
              size="middle"
              rowKey="keySupervisionId"
              loading={list.loading}
              dataSource={list.data?.rows ?? []}
              locale={{ emptyText: <EmptyState description={`暂无重点督办件（在${noun}详情页“重点督办”中确定）`} /> }}
              pagination={(list.data?.rows.length ?? 0) > 20 ? { pageSize: 20, showTotal: (n) => `共 ${n} 件`, showSizeChanger: false } : false}
              scroll={{ x: 960 }}
              columns={[
                {
                  title: noun,
                  key: 'item',
                  width: 220,
                  render: (_, r) => (
                    <>
                      <div className="muted" style={{ fontSize: 12 }}>
                        {r.number}
                      </div>
                      <Link to={`/items/${r.itemId}`}>{r.title}</Link>
                    </>
                  ),
                },
                {
                  title: '督办方式与督办方',
                  key: 'kind',
                  width: 180,
                  render: (_, r) => (
                    <>
                      <Tag color={KIND_COLORS[r.kind]}>{KEY_SUPERVISION_KIND_LABELS[r.kind]}</Tag>
                      <div style={{ fontSize: 13, marginTop: 4 }}>{[...r.leaders, ...r.committees.map((c) => c.name)].join('、')}</div>
                    </>
                  ),
                },
                {
                  title: '承办单位',
                  key: 'units',
                  width: 160,
                  render: (_, r) =>
                    r.units.map((u) => (
                      <div key={u.unitId} style={{ fontSize: 13 }}>
                        {u.unitName}
                        <span className="muted">（{TASK_ROLE_LABELS[u.role as keyof typeof TASK_ROLE_LABELS] ?? u.role}）</span>
                      </div>
                    )),
                },
                {
                  title: '状态与期限',
                  key: 'state',
                  width: 150,
                  render: (_, r) => (
                    <>
                      <StateTag state={r.state} />
                      <div style={{ marginTop: 4 }}>
                        <DueCell due={r.currentDue} light={r.light} daysLeft={r.daysLeft} />
                      </div>
                    </>
                  ),
                },
                {
                  title: '督办进展',
                  key: 'progress',
                  width: 260,
                  render: (_, r) => (
                    <>
                      <div style={{ fontSize: 13 }}>
                        督办活动 {r.activityCount} 次 · 督办函 {r.urgingLetters} 件 · 催办 {r.manualReminders} 次
                      </div>
                      {r.lastActivity ? (
                        <div className="muted" style={{ fontSize: 12, marginTop: 2 }}>
                          最近：{r.lastActivity.heldOn} {SUPERVISION_ACTIVITY_LABELS[r.lastActivity.kind]}，{r.lastActivity.notes}
                        </div>
                      ) : (
                        <div className="muted" style={{ fontSize: 12, marginTop: 2 }}>
                          尚无督办活动
                        </div>
                      )}
                    </>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </>
  );
}
