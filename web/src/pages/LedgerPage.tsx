import { FilterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Pagination, Select, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { HANDLING_MODES, type HandlingMode } from '../../../domain/items/kinds';
import { isUnitRole } from '../../../domain/items/roles';
import { ITEM_STATES } from '../../../domain/items/states';
import { api } from '../api/client';
import type { LedgerPage as LedgerAnswer, LedgerParams, LedgerRow, Light, SortField } from '../api/types';
import { useUser } from '../auth/AuthContext';
import { EmptyState, LoadError } from '../components/PageStates';
import { DueCell, StateTag } from '../components/Status';
import { formatDate } from '../lib/dates';
import { HANDLING_MODE_LABELS, ITEM_STATE_LABELS, LIGHT_COLORS, LIGHT_SHORT, TASK_ROLE_LABELS, TASK_STATE_LABELS } from '../lib/labels';
import { useIsMobile } from '../lib/useIsMobile';
import './ledger.css';

const LIGHTS = ['red', 'yellow', 'green'] as const;
const PAGE_SIZES = [10, 20, 50, 100];

/** The ledger's filters, sort and page, kept in the URL query string. */
interface LedgerQuery {
  state: string[];
  light?: Light;
  q: string;
  mode?: HandlingMode;
  sort: SortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

function readQuery(sp: URLSearchParams, defaults: { sort: SortField; order: 'asc' | 'desc' }): LedgerQuery {
  const state = (sp.get('state') ?? '').split(',').filter((s) => (ITEM_STATES as readonly string[]).includes(s));
  const light = sp.get('light');
  const mode = sp.get('mode');
  const sort = sp.get('sort');
  const order = sp.get('order');
  const page = Number(sp.get('page'));
  const pageSize = Number(sp.get('pageSize'));
  return {
    state,
    light: light && ['red', 'yellow', 'green', 'none'].includes(light) ? (light as Light) : undefined,
    q: (sp.get('q') ?? '').slice(0, 100),
    mode: mode && (HANDLING_MODES as readonly string[]).includes(mode) ? (mode as HandlingMode) : undefined,
    sort: sort === 'number' || sort === 'due' || sort === 'submittedAt' || sort === 'updatedAt' ? sort : defaults.sort,
    order: order === 'asc' || order === 'desc' ? order : sort ? 'asc' : defaults.order,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

function writeQuery(q: LedgerQuery, defaults: { sort: SortField; order: 'asc' | 'desc' }): URLSearchParams {
  const sp = new URLSearchParams();
  if (q.state.length) sp.set('state', q.state.join(','));
  if (q.light) sp.set('light', q.light);
  if (q.q.trim()) sp.set('q', q.q.trim());
  if (q.mode) sp.set('mode', q.mode);
  if (q.sort !== defaults.sort || q.order !== defaults.order) {
    sp.set('sort', q.sort);
    sp.set('order', q.order);
  }
  if (q.page > 1) sp.set('page', String(q.page));
  if (q.pageSize !== 20) sp.set('pageSize', String(q.pageSize));
  return sp;
}

const stateOptions = ITEM_STATES.map((s) => ({ value: s, label: ITEM_STATE_LABELS[s] }));
const lightOptions = [
  ...LIGHTS.map((l) => ({
    value: l,
    label: (
      <Space size={6}>
        <span className="light-dot" style={{ background: LIGHT_COLORS[l] }} />
        {LIGHT_SHORT[l]}
      </Space>
    ),
  })),
  { value: 'none', label: <span className="muted">无期限</span> },
];
const modeOptions = HANDLING_MODES.map((m) => ({ value: m, label: HANDLING_MODE_LABELS[m] }));

/**
 * 台账 (R-SUP-1): the items in the user's scope with status, deadline, days
 * left and light; server-side filters, sort and pagination. `mode="review"`
 * is the liaison office's review queue (待审核).
 */
export default function LedgerPage({ mode: pageMode = 'ledger' }: { mode?: 'ledger' | 'review' }) {
  const user = useUser();
  const mobile = useIsMobile();
  const [sp, setSp] = useSearchParams();
  const deputy = user.role === 'deputy';
  const unitRole = isUnitRole(user.role);
  const review = pageMode === 'review';
  const defaults = useMemo(
    () => (deputy ? { sort: 'number' as const, order: 'desc' as const } : { sort: 'number' as const, order: 'asc' as const }),
    [deputy],
  );
  const query = useMemo(() => readQuery(sp, defaults), [sp, defaults]);
  const [data, setData] = useState<LedgerAnswer | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [reloadTick, setReloadTick] = useState(0);
  const [searchText, setSearchText] = useState(query.q);
  const [showFilters, setShowFilters] = useState(false);

  const title = review ? '审核' : deputy ? '我的建议' : unitRole ? '本单位台账' : '台账';

  const update = useCallback(
    (patch: Partial<LedgerQuery>) => {
      const next = { ...query, page: 1, ...patch };
      setSp(writeQuery(next, defaults));
    },
    [query, setSp, defaults],
  );

  // keep the search box in step with the URL (back/forward)
  useEffect(() => setSearchText(query.q), [query.q]);

  useEffect(() => {
    const ctl = new AbortController();
    const params: LedgerParams = {
      state: review ? ['submitted'] : query.state,
      light: review ? undefined : query.light,
      q: query.q || undefined,
      handlingMode: review ? undefined : query.mode,
      sort: query.sort,
      order: query.order,
      page: query.page,
      pageSize: query.pageSize,
    };
    setLoading(true);
    setError(null);
    api
      .listItems(params, ctl.signal)
      .then((d) => {
        setData(d);
        setLoading(false);
      })
      .catch((e) => {
        if (ctl.signal.aborted) return;
        setError(e);
        setLoading(false);
      });
    return () => ctl.abort();
  }, [query, review, reloadTick]);

  const filtered = Boolean(query.q || (!review && (query.state.length || query.light || query.mode)));
  const reset = () => setSp(new URLSearchParams());

  const columns = useMemo<TableColumnsType<LedgerRow>>(() => {
    const sortOrderOf = (f: SortField) => (query.sort === f ? (query.order === 'asc' ? 'ascend' : 'descend') : null);
    const cols: TableColumnsType<LedgerRow> = [
      {
        title: '编号',
        dataIndex: 'number',
        key: 'number',
        width: 104,
        sorter: true,
        sortOrder: sortOrderOf('number'),
        render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</span>,
      },
      {
        title: '标题',
        dataIndex: 'title',
        key: 'title',
        minWidth: 240,
        render: (_: string, r) => (
          <Link to={`/items/${r.id}`} className="ledger-title">
            {r.title}
          </Link>
        ),
      },
      { title: '状态', dataIndex: 'state', key: 'state', width: 104, render: (_: string, r) => <StateTag state={r.state} /> },
    ];
    if (unitRole) {
      cols.push({
        title: '本单位',
        key: 'myTask',
        width: 130,
        render: (_: unknown, r) =>
          r.myTask ? (
            <span>
              {TASK_ROLE_LABELS[r.myTask.role]}
              <span className="muted"> · {TASK_STATE_LABELS[r.myTask.state]}</span>
            </span>
          ) : (
            <span className="muted">—</span>
          ),
      });
    }
    if (!deputy) cols.push({ title: '领衔代表', dataIndex: 'leadDeputy', key: 'leadDeputy', width: 84, render: (v: string | null) => v ?? '—' });
    if (review) {
      cols.push({ title: '提出时间', dataIndex: 'submittedAt', key: 'submittedAt', width: 110, render: (v: string) => formatDate(v) });
    } else {
      cols.push({
        title: '主办单位',
        dataIndex: 'leadUnits',
        key: 'leadUnits',
        width: 172,
        render: (_: string | null, r) =>
          r.leadUnits ? (
            <div>
              <div>{r.leadUnits}</div>
              {r.coUnits && <div className="muted ledger-co">会办：{r.coUnits}</div>}
            </div>
          ) : (
            <span className="muted">—</span>
          ),
      });
      cols.push({
        title: '期限',
        key: 'due',
        width: 168,
        sorter: true,
        sortOrder: sortOrderOf('due'),
        render: (_: unknown, r) => <DueCell due={r.currentDue} light={r.light} daysLeft={r.daysLeft} provisional={r.dueProvisional} />,
      });
    }
    cols.push({ title: '类别', dataIndex: 'category', key: 'category', width: 96, render: (v: string | null) => v ?? '—' });
    return cols;
  }, [query.sort, query.order, unitRole, deputy, review]);

  const onTableChange = (p: TablePaginationConfig, _f: unknown, s: SorterResult<LedgerRow> | SorterResult<LedgerRow>[]) => {
    const sorter = Array.isArray(s) ? s[0] : s;
    const field: SortField | null = sorter?.order ? (sorter.columnKey === 'due' ? 'due' : 'number') : null;
    const sort = field ?? defaults.sort;
    const order = field ? (sorter.order === 'descend' ? 'desc' : 'asc') : defaults.order;
    const sortChanged = sort !== query.sort || order !== query.order;
    const sizeChanged = (p.pageSize ?? query.pageSize) !== query.pageSize;
    update({ sort, order, page: sortChanged || sizeChanged ? 1 : (p.current ?? 1), pageSize: p.pageSize ?? query.pageSize });
  };

  const filterBar = (
    <div className={mobile ? 'ledger-filters ledger-filters-mobile' : 'ledger-filters'}>
      <Input.Search
        allowClear
        placeholder="搜索标题、编号或正文"
        value={searchText}
        onChange={(e) => setSearchText(e.target.value)}
        onSearch={(v) => update({ q: v.trim() })}
        maxLength={100}
        style={mobile ? { width: '100%' } : { width: 260 }}
        enterButton={mobile ? undefined : '搜索'}
      />
      {mobile && (
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          {review ? (
            <span />
          ) : (
            <Button icon={<FilterOutlined />} onClick={() => setShowFilters((v) => !v)} type={filtered ? 'primary' : 'default'} ghost={filtered}>
              筛选{filtered ? '（已启用）' : ''}
            </Button>
          )}
          <Select
            aria-label="排序"
            value={`${query.sort}:${query.order}`}
            onChange={(v: string) => {
              const [sort, order] = v.split(':') as [SortField, 'asc' | 'desc'];
              update({ sort, order });
            }}
            options={[
              { value: 'number:desc', label: '最新提出在前' },
              { value: 'number:asc', label: '编号从小到大' },
              { value: 'due:asc', label: '期限最近在前' },
            ]}
            style={{ width: 150 }}
          />
        </Space>
      )}
      {(!mobile || showFilters) && !review && (
        <>
          <Select
            mode="multiple"
            allowClear
            placeholder="状态"
            aria-label="状态"
            value={query.state}
            onChange={(v: string[]) => update({ state: v })}
            options={stateOptions}
            maxTagCount="responsive"
            style={mobile ? { width: '100%' } : { minWidth: 200, maxWidth: 320 }}
            showSearch={{ optionFilterProp: 'label' }}
          />
          <Select
            allowClear
            placeholder="红黄绿灯"
            aria-label="红黄绿灯"
            value={query.light}
            onChange={(v?: Light) => update({ light: v })}
            options={lightOptions}
            style={mobile ? { width: '100%' } : { width: 130 }}
          />
          <Select
            allowClear
            placeholder="办理方式"
            aria-label="办理方式"
            value={query.mode}
            onChange={(v?: HandlingMode) => update({ mode: v })}
            options={modeOptions}
            style={mobile ? { width: '100%' } : { width: 130 }}
          />
        </>
      )}
      {filtered && (!mobile || showFilters) && (
        <Button type="link" onClick={reset}>
          清除筛选
        </Button>
      )}
    </div>
  );

  const rows = data?.rows ?? [];
  const emptyText = (
    <EmptyState
      description={
        filtered ? '没有符合筛选条件的建议' : review ? '目前没有待审核的建议' : deputy ? '您还没有提出或附议的建议' : '暂无建议'
      }
    >
      {filtered && <Button onClick={reset}>清除筛选</Button>}
      {!filtered && deputy && (
        <Link to="/submit">
          <Button type="primary">提出建议</Button>
        </Link>
      )}
    </EmptyState>
  );

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
        <Space>
          {deputy && !mobile && (
            <Link to="/submit">
              <Button type="primary">提出建议</Button>
            </Link>
          )}
          <Tooltip title="刷新">
            <Button aria-label="刷新" icon={<ReloadOutlined />} onClick={() => setReloadTick((t) => t + 1)} />
          </Tooltip>
        </Space>
      </div>
      {filterBar}
      {error ? (
        <LoadError error={error} onRetry={() => setReloadTick((t) => t + 1)} />
      ) : mobile ? (
        <>
          <Spin spinning={loading}>
            {rows.length ? rows.map((r) => <LedgerCard key={r.id} row={r} showDeputy={!deputy} />) : loading ? <div style={{ height: 160 }} /> : emptyText}
          </Spin>
          {data && data.total > query.pageSize && (
            <Pagination
              simple
              align="center"
              current={query.page}
              pageSize={query.pageSize}
              total={data.total}
              onChange={(page) => update({ page })}
              style={{ marginTop: 12 }}
            />
          )}
        </>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<LedgerRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={loading}
            locale={{ emptyText: loading ? ' ' : emptyText }}
            onChange={onTableChange}
            scroll={{ x: 960 }}
            pagination={{
              current: query.page,
              pageSize: query.pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (t) => `共 ${t} 件`,
              style: { paddingInline: 16 },
            }}
            rowClassName={(r) => (r.light === 'red' ? 'ledger-row-red' : '')}
          />
        </Card>
      )}
    </>
  );
}

/** One item as a card (phones). */
function LedgerCard({ row: r, showDeputy }: { row: LedgerRow; showDeputy: boolean }) {
  return (
    <Link to={`/items/${r.id}`} className="ledger-card-link">
      <Card size="small" className={r.light === 'red' ? 'ledger-card ledger-card-red' : 'ledger-card'}>
        <div className="ledger-card-head">
          <span className="muted" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {r.number}
          </span>
          <StateTag state={r.state} />
        </div>
        <div className="ledger-card-title">{r.title}</div>
        <div className="ledger-card-meta">
          {r.currentDue && (
            <div>
              <span className="muted">期限{'\u3000'}</span>
              <DueCell due={r.currentDue} light={r.light} daysLeft={r.daysLeft} provisional={r.dueProvisional} />
            </div>
          )}
          {r.leadUnits && (
            <div>
              <span className="muted">主办{'\u3000'}</span>
              {r.leadUnits}
            </div>
          )}
          <div>
            {showDeputy && r.leadDeputy && <span>{r.leadDeputy}{'\u3000'}</span>}
            {r.category && <Tag style={{ marginInlineEnd: 0 }}>{r.category}</Tag>}
            {!r.currentDue && !r.leadUnits && <span className="muted">{'\u3000'}提出于 {formatDate(r.submittedAt)}</span>}
          </div>
        </div>
      </Card>
    </Link>
  );
}
