import { Table } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { KeyItem } from '../../api/dashboard';
import { DueCell } from '../../components/Status';
import { EventList, peopleText, progressText, StateCell, UnitCell } from './KeyItemCard';

/** The key items as a table (wide screens): one row per unit's key item, latest activity in the last column. */
export function KeyItemTable({ rows, empty }: { rows: KeyItem[]; empty: ReactNode }) {
  return (
    <Table<KeyItem>
      size="small"
      rowKey="taskId"
      dataSource={rows}
      locale={{ emptyText: empty }}
      pagination={rows.length > 20 ? { pageSize: 20, showTotal: (n) => `共 ${n} 件` } : false}
      scroll={{ x: 1000 }}
      columns={[
        {
          title: '建议',
          key: 'item',
          width: 200,
          render: (_, k) => (
            <>
              <div className="muted" style={{ fontSize: 12 }}>
                {k.number}
              </div>
              <Link to={`/items/${k.itemId}`}>{k.title}</Link>
            </>
          ),
        },
        { title: '承办单位', key: 'unit', width: 130, render: (_, k) => <UnitCell k={k} /> },
        {
          title: '状态与期限',
          key: 'state',
          width: 150,
          render: (_, k) => (
            <>
              <StateCell k={k} />
              <div style={{ marginTop: 4 }}>
                <DueCell due={k.currentDue} light={k.light} daysLeft={k.daysLeft} />
              </div>
            </>
          ),
        },
        {
          title: '办理进展',
          key: 'progress',
          width: 180,
          render: (_, k) => (
            <>
              <div>{progressText(k)}</div>
              {peopleText(k) && (
                <div className="muted" style={{ fontSize: 12 }}>
                  责任人：{peopleText(k)}
                </div>
              )}
            </>
          ),
        },
        { title: '最近动态', key: 'events', render: (_, k) => <EventList k={k} /> },
      ]}
    />
  );
}
