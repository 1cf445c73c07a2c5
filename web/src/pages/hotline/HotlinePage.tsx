import { PhoneOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Pagination, Space, Spin, Tooltip, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { isUnitRole } from '../../../../domain/items/roles';
import { hotline } from '../../api/hotline';
import { useUser } from '../../auth/AuthContext';
import { EmptyState, LoadError } from '../../components/PageStates';
import { useIsMobile } from '../../lib/useIsMobile';
import { useLoad } from '../../lib/useLoad';
import { MonthFigures } from './MonthFigures';
import { OrderCard } from './OrderCard';
import { OrderFilters } from './OrderFilters';
import { OrderTable } from './OrderTable';
import { isFiltered, readFilters, toRequest, writeFilters, type OrderFilters as Filters } from './query';
import './hotline.css';

/**
 * 专线工单 (issue 15 §1–§5): the work orders the user sees — the hotline office all of its city's, a unit
 * those dispatched to it, a deputy their own (我的专线), the liaison office, supervisors and a township's
 * presidium those they supervise — with the seed's ledger columns, the clocks and their lights.
 */
export default function HotlinePage() {
  const user = useUser();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const [sp, setSp] = useSearchParams();
  const deputy = user.role === 'deputy';
  const office = user.role === 'hotlineOffice';
  const filters = useMemo(() => readFilters(sp), [sp]);
  const request = useMemo(() => toRequest(filters), [filters]);
  const { data, error, loading, reload } = useLoad((signal) => hotline.list(request, signal), [request]);
  // The units, categories and places to filter by: the dispatch catalogue, which the hotline office keeps.
  const { data: catalogue } = useLoad(office ? (signal) => hotline.catalogue(signal) : null, [office]);

  const update = useCallback((patch: Partial<Filters>) => setSp(writeFilters({ ...filters, page: 1, ...patch })), [filters, setSp]);
  const reset = () => setSp(new URLSearchParams());
  const filtered = isFiltered(filters);
  const title = deputy ? '我的专线' : isUnitRole(user.role) ? '本单位专线工单' : '专线工单';
  const newPath = office ? '/hotline/new' : deputy ? '/hotline/report' : null;
  const newText = office ? '登记来电' : '反映问题';
  const mayCreate = Boolean(newPath && data?.mayCreate);

  const empty = (
    <EmptyState description={filtered ? '没有符合筛选条件的工单' : deputy ? '您还没有通过专线反映过问题' : '暂无专线工单'}>
      {filtered && <Button onClick={reset}>清除筛选</Button>}
      {!filtered && mayCreate && newPath && (
        <Button type="primary" onClick={() => navigate(newPath)}>
          {newText}
        </Button>
      )}
    </EmptyState>
  );
  const rows = data?.rows ?? [];

  return (
    <>
      <div className="page-title">
        <h1>
          {title}
          {data && !loading && (
            <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal', marginInlineStart: 10 }}>
              共 {data.total} 件
            </Typography.Text>
          )}
        </h1>
        <Space wrap>
          {mayCreate && newPath && (
            <Button type="primary" icon={<PhoneOutlined />} onClick={() => navigate(newPath)}>
              {newText}
            </Button>
          )}
          <Tooltip title="刷新">
            <Button aria-label="刷新" icon={<ReloadOutlined />} onClick={reload} />
          </Tooltip>
        </Space>
      </div>
      {(office || user.role === 'liaisonOffice' || user.role === 'supervisor') && <MonthFigures month={filters.month} />}
      <OrderFilters filters={filters} update={update} reset={reset} filtered={filtered} mobile={mobile} catalogue={catalogue} simple={deputy} />
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : mobile || deputy ? (
        <div style={deputy && !mobile ? { maxWidth: 760 } : undefined}>
          <Spin spinning={loading}>
            {rows.length ? rows.map((r) => <OrderCard key={r.id} row={r} deputy={deputy} />) : loading ? <div style={{ height: 160 }} /> : empty}
          </Spin>
          {data && data.total > filters.pageSize && (
            <Pagination
              simple
              align="center"
              current={filters.page}
              pageSize={filters.pageSize}
              total={data.total}
              onChange={(page) => update({ page })}
              style={{ marginTop: 12 }}
            />
          )}
        </div>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <OrderTable
            rows={rows}
            total={data?.total ?? 0}
            page={filters.page}
            pageSize={filters.pageSize}
            loading={loading}
            empty={empty}
            onPage={(page, pageSize) => update({ page: pageSize === filters.pageSize ? page : 1, pageSize })}
          />
        </Card>
      )}
    </>
  );
}
