import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Pagination, Space, Spin, Table, Tooltip, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { isUnitRole } from '../../../../domain/items/roles';
import type { LedgerParams, LedgerRow, SortField } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { EmptyState, LoadError } from '../../components/PageStates';
import { useIsMobile } from '../../lib/useIsMobile';
import { BOTH, seesBothKinds, useWords, wordsOf } from '../../lib/words';
import { availableColumns, defaultColumns, ledgerColumns } from './columns';
import { ColumnChooser } from './ColumnChooser';
import { CosignInvitations } from './CosignInvitations';
import { ExportButton } from './ExportButton';
import { PrintButton } from '../../components/PrintButton';
import { ledgerPrintUrl } from '../print/urls';
import { LedgerCard } from './LedgerCard';
import { LedgerFilters } from './LedgerFilters';
import { fromApiQuery, PAGE_SIZES, readQuery, toApiQuery, writeQuery, type LedgerQuery, type QueryDefaults } from './query';
import { SavedViews } from './SavedViews';
import { useColumnPrefs } from './useColumnPrefs';
import { useLedgerBatch } from './useLedgerBatch';
import { useLedgerPages } from './useLedgerPages';
import './ledger.css';
import './tools.css';

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
  const w = useWords();
  // The government office and units handle suggestions and proposals alike: a 类型 filter and column tell them apart.
  const kinds = seesBothKinds(user.role);
  // The government office coordinates the government units: their items first (its own 台账), the rest one filter away.
  const defaults = useMemo<QueryDefaults>(
    () => ({ sort: 'number', order: deputy ? 'desc' : 'asc', system: user.role === 'governmentOffice' ? 'government' : 'all' }),
    [deputy, user.role],
  );
  const query = useMemo(() => readQuery(sp, defaults), [sp, defaults]);

  const title = review
    ? `${w.proposal ? w.item : ''}审核`
    : deputy
      ? `我的${w.item}`
      : unitRole
        ? '本单位台账'
        : user.role === 'delegationContact'
          ? '本团台账'
          : `${w.proposal ? w.item : ''}台账`;
  // What the rows are: 建议, 提案, or — for those who handle both and filter neither — 建议提案.
  const noun = query.kind ? wordsOf(query.kind).item : kinds ? BOTH : w.item;

  const update = useCallback(
    (patch: Partial<LedgerQuery>) => {
      const next = { ...query, page: 1, ...patch };
      setSp(writeQuery(next, defaults));
    },
    [query, setSp, defaults],
  );

  // The filter and sort, shared by the table and the export (which takes every page).
  const filter = useMemo<Omit<LedgerParams, 'page' | 'pageSize'>>(
    () => ({
      state: review ? ['submitted'] : query.state,
      light: review ? undefined : query.light,
      q: query.q || undefined,
      handlingMode: review ? undefined : query.mode,
      unitSystem: review || query.system === 'all' ? undefined : query.system,
      kind: review ? undefined : query.kind,
      sort: query.sort,
      order: query.order,
    }),
    [query, review],
  );
  const { data, error, loading, reload, total } = useLedgerPages(filter, query.page, query.pageSize);

  const filtered = Boolean(query.q || (!review && (query.state.length || query.light || query.mode || query.kind || query.system !== defaults.system)));
  const reset = () => setSp(new URLSearchParams());

  // 列设置: the chosen columns, remembered per user; the export writes the same ones in the same order.
  const available = useMemo(() => availableColumns({ unitRole, deputy }), [unitRole, deputy]);
  const defaultCols = useMemo(() => defaultColumns(available), [available]);
  const prefs = useColumnPrefs(user.userId, available, defaultCols);
  const columns = useMemo(
    () => ledgerColumns({ sort: query.sort, order: query.order, unitRole, deputy, review, visible: prefs.visible, words: w, kinds: kinds && !query.kind }),
    [query.sort, query.order, unitRole, deputy, review, prefs.visible, w, kinds, query.kind],
  );
  const tools = !review && !mobile;

  const onTableChange = (p: TablePaginationConfig, _f: unknown, s: SorterResult<LedgerRow> | SorterResult<LedgerRow>[]) => {
    const sorter = Array.isArray(s) ? s[0] : s;
    const field: SortField | null = sorter?.order ? (sorter.columnKey === 'due' ? 'due' : 'number') : null;
    const sort = field ?? defaults.sort;
    const order = field ? (sorter.order === 'descend' ? 'desc' : 'asc') : defaults.order;
    const sortChanged = sort !== query.sort || order !== query.order;
    const sizeChanged = (p.pageSize ?? query.pageSize) !== query.pageSize;
    update({ sort, order, page: sortChanged || sizeChanged ? 1 : (p.current ?? 1), pageSize: p.pageSize ?? query.pageSize });
  };

  const rows = data?.rows ?? [];
  // 批量处理 on the ticked rows of this page (not on phones: one item at a time there).
  const batch = useLedgerBatch({ role: user.role, review, rows, columns: prefs.visible, reload });
  const emptyText = (
    <EmptyState
      description={filtered ? `没有符合筛选条件的${noun}` : review ? `目前没有待审核的${noun}` : deputy ? `您还没有提出或${w.cosign}的${noun}` : `暂无${noun}`}
    >
      {filtered && <Button onClick={reset}>清除筛选</Button>}
      {!filtered && deputy && (
        <Link to="/submit">
          <Button type="primary">提出{w.item}</Button>
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
              共 {total}
              {data.totalCapped ? '+' : ''} 件
            </Typography.Text>
          )}
        </h1>
        <Space wrap>
          {deputy && !mobile && (
            <Link to="/submit">
              <Button type="primary">提出{w.item}</Button>
            </Link>
          )}
          {tools && <SavedViews current={toApiQuery(query)} apply={(q) => setSp(fromApiQuery(q, defaults))} />}
          {tools && <ExportButton params={filter} columns={prefs.visible} />}
          {!mobile && <PrintButton to={ledgerPrintUrl(query, review)} />}
          {tools && <ColumnChooser layout={prefs.layout} onChange={prefs.save} onReset={prefs.reset} />}
          <Tooltip title="刷新">
            <Button aria-label="刷新" icon={<ReloadOutlined />} onClick={reload} />
          </Tooltip>
        </Space>
      </div>
      {deputy && <CosignInvitations onAnswered={reload} />}
      <LedgerFilters
        query={query}
        update={update}
        reset={reset}
        filtered={filtered}
        review={review}
        mobile={mobile}
        systems={!deputy && !unitRole}
        kinds={kinds}
      />
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : mobile ? (
        <>
          <Spin spinning={loading}>
            {rows.length ? (
              rows.map((r) => <LedgerCard key={r.id} row={r} showDeputy={!deputy} showKind={kinds} />)
            ) : loading ? (
              <div style={{ height: 160 }} />
            ) : (
              emptyText
            )}
          </Spin>
          {data && (total ?? 0) > query.pageSize && (
            <Pagination
              simple
              align="center"
              current={query.page}
              pageSize={query.pageSize}
              total={total ?? 0}
              onChange={(page) => update({ page })}
              style={{ marginTop: 12 }}
            />
          )}
        </>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          {batch.bar}
          <Table<LedgerRow>
            rowSelection={batch.rowSelection}
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
              total: total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (t) => `共 ${t}${data?.totalCapped ? '+' : ''} 件`,
              style: { paddingInline: 16 },
            }}
            rowClassName={(r) => (r.light === 'red' ? 'ledger-row-red' : '')}
          />
        </Card>
      )}
    </>
  );
}
