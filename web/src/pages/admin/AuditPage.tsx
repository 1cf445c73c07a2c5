import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { adminApi, type AuditEntry } from '../../api/admin';
import { LoadError } from '../../components/PageStates';
import { formatDateTime } from '../../lib/dates';
import { AUDIT_ACTION_LABELS, describeDetail } from './audit-labels';

const PAGE = 50;
const RISKY = new Set(['loginFailed', 'lockedOut', 'disableUser', 'resetPassword', 'updateUser']);

/** 审计日志: the auditor reads the security log of the congress, newest first, and loads older entries on request. */
export default function AuditPage() {
  const [filter, setFilter] = useState<{ username?: string; action?: string }>({});
  const [rows, setRows] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const [name, setName] = useState('');

  const load = useCallback(
    async (before: number | undefined, signal?: AbortSignal) => {
      try {
        const page = await adminApi.auditLog({ ...filter, before, limit: PAGE }, signal);
        setRows((r) => (before ? [...r, ...page] : page));
        setMore(page.length === PAGE);
      } catch (e) {
        if (!signal?.aborted) setError(e);
      } finally {
        if (!signal?.aborted) setLoading(false);
      }
    },
    [filter],
  );

  // Reload from the newest entry when the filter changes or on refresh; show it loading at once
  // (set while rendering, as React advises, not from the effect).
  const [loadingFor, setLoadingFor] = useState({ filter, tick });
  if (loadingFor.filter !== filter || loadingFor.tick !== tick) {
    setLoadingFor({ filter, tick });
    setLoading(true);
    setError(null);
  }
  useEffect(() => {
    const ctl = new AbortController();
    // load sets state only after its await; the rule takes that for synchronous (github.com/react/react/issues/34905).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load(undefined, ctl.signal); // never rejects: load keeps its error for the page
    return () => ctl.abort();
  }, [load, tick]);

  const loadMore = () => {
    setLoading(true);
    setError(null);
    void load(rows.at(-1)?.id); // never rejects, as above
  };

  const columns: ColumnsType<AuditEntry> = [
    { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
    { title: '用户', dataIndex: 'username', width: 150, render: (v: string | null) => v ?? '—' },
    {
      title: '操作',
      dataIndex: 'action',
      width: 170,
      render: (a: string) => <Tag color={RISKY.has(a) ? 'orange' : undefined}>{AUDIT_ACTION_LABELS[a] ?? a}</Tag>,
    },
    { title: '详情', dataIndex: 'detail', render: (d: string | null) => describeDetail(d) || <span className="muted">—</span> },
    { title: 'IP 地址', dataIndex: 'ip', width: 140, render: (v: string | null) => v ?? '—' },
  ];

  return (
    <>
      <div className="page-title">
        <h1>审计日志</h1>
        <Button icon={<ReloadOutlined />} onClick={() => setTick((t) => t + 1)}>
          刷新
        </Button>
      </div>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            aria-label="按用户名筛选"
            placeholder="用户名（完整）"
            value={name}
            onChange={(e) => setName(e.target.value)}
            onSearch={(v) => setFilter((f) => ({ ...f, username: v.trim() || undefined }))}
            style={{ width: 220 }}
          />
          <Select
            allowClear
            aria-label="按操作筛选"
            placeholder="全部操作"
            style={{ width: 200 }}
            value={filter.action}
            onChange={(action?: string) => setFilter((f) => ({ ...f, action }))}
            options={Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Space>
        {error ? (
          <LoadError error={error} onRetry={() => setTick((t) => t + 1)} />
        ) : (
          <>
            <Table rowKey="id" size="middle" columns={columns} dataSource={rows} loading={loading} pagination={false} scroll={{ x: 900 }} />
            <div style={{ textAlign: 'center', marginTop: 16 }}>
              {more ? (
                <Button loading={loading} onClick={loadMore}>
                  加载更早的记录
                </Button>
              ) : (
                !loading && <span className="muted">已显示全部 {rows.length} 条记录</span>
              )}
            </div>
          </>
        )}
      </Card>
    </>
  );
}
