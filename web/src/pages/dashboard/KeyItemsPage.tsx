import { actions } from '../../api/actions';
import { Col, Row, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { isUnitRole } from '../../../../domain/items/roles';
import { api } from '../../api/client';
import { dashboardApi } from '../../api/dashboard';
import { useUser } from '../../auth/AuthContext';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { LIGHT_COLORS, LIGHT_SHORT } from '../../lib/labels';
import { useIsMobile } from '../../lib/useIsMobile';
import { useLoad } from '../../lib/useLoad';
import { KeyItemCard } from './KeyItemCard';
import { KeyItemTable } from './KeyItemTable';
import './dashboard.css';
import { FormButton } from '../imports/StandardForms';

const NONE = '暂无重点处理建议（由承办单位在建议办理页确定）';

/**
 * 重点处理建议 (R-HANDLE-2, reported separately per R-SUP-3): every unit's key
 * items with deadline, light, progress and latest activity — the supervisor's
 * first page; offices see all, a unit its own. Overdue items come first.
 */
export default function KeyItemsPage() {
  const user = useUser();
  const seesAllUnits = !isUnitRole(user.role);
  const mobile = useIsMobile();
  const sessions = useLoad(() => api.listSessions(), []);
  const units = useLoad(seesAllUnits ? (signal) => actions.listUnits(signal) : null, []);
  const [picked, setFilter] = useState<{ sessionId?: number; unitId?: number } | undefined>(undefined);
  // Until the user picks: the latest session, or all when the sessions did not load (undefined while they load).
  const initial = useMemo<{ sessionId?: number; unitId?: number } | undefined>(
    () => (sessions.data ? { sessionId: [...sessions.data].sort((a, b) => b.year - a.year || b.id - a.id)[0]?.id } : sessions.error ? {} : undefined),
    [sessions.data, sessions.error],
  );
  const filter = picked ?? initial;
  const key = JSON.stringify(filter ?? null);
  const list = useLoad(filter ? (signal) => dashboardApi.keyItems(filter, signal) : null, [key]);
  const rows = list.data?.rows ?? [];
  const count = (light: 'red' | 'yellow') => rows.filter((r) => r.light === light).length;

  return (
    <>
      <div className="page-title">
        <h1>重点处理建议</h1>
        <FormButton form="keyItems" query={{ sessionId: filter?.sessionId }} />
        {list.data && (
          <Space size={4} wrap>
            <span>共 {rows.length} 件</span>
            {(['red', 'yellow'] as const).map((l) =>
              count(l) ? (
                <Tag key={l} color={LIGHT_COLORS[l]} style={{ marginInlineEnd: 0 }}>
                  {LIGHT_SHORT[l]} {count(l)} 件
                </Tag>
              ) : null,
            )}
          </Space>
        )}
      </div>
      <div className="dashboard-filters" role="search" aria-label="筛选">
        <Select
          allowClear
          className="dashboard-filter"
          aria-label="届次"
          placeholder="全部届次"
          value={filter?.sessionId}
          onChange={(v?: number) => setFilter({ ...filter, sessionId: v })}
          options={(sessions.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        {seesAllUnits && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            className="dashboard-filter"
            aria-label="承办单位"
            placeholder="全部承办单位"
            value={filter?.unitId}
            onChange={(v?: number) => setFilter({ ...filter, unitId: v })}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        )}
      </div>
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <PageLoading />
      ) : !mobile ? (
        <KeyItemTable rows={rows} empty={<EmptyState description={NONE} />} />
      ) : rows.length === 0 ? (
        <EmptyState description={NONE} />
      ) : (
        <Row gutter={[16, 16]}>
          {rows.map((k) => (
            <Col key={k.taskId} span={24}>
              <KeyItemCard k={k} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
