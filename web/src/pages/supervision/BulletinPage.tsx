import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useParams } from 'react-router-dom';
import type { BulletinUnitRow, CoFigures, LeadFigures } from '../../../../domain/supervision/bulletin';
import { supervisionApi, type Bulletin } from '../../api/supervision';
import { LoadError, PageLoading } from '../../components/PageStates';
import { PrintButton } from '../../components/PrintButton';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { bulletinPrintUrl } from '../print/urls';
import './bulletin.css';

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}%`);
const overdue = (n: number) => (n ? <span className="bulletin-overdue">{n}</span> : 0);

/** The figure columns of the lead part (主办、单办、分办) and the co-handling part (会办), R-SUP-4. */
function figureColumns(): ColumnsType<BulletinUnitRow> {
  return [
    {
      title: '主办（含单办、分办）',
      children: [
        { title: '承办件数', key: 'lt', align: 'right', width: 80, render: (_, r) => r.lead.tasks },
        { title: '已答复', key: 'lr', align: 'right', width: 70, render: (_, r) => r.lead.replied },
        { title: '答复率', key: 'lrr', align: 'right', width: 80, render: (_, r) => pct(r.lead.replyRate) },
        { title: '按期答复', key: 'lo', align: 'right', width: 80, render: (_, r) => r.lead.onTime },
        { title: '超期未答复', key: 'lx', align: 'right', width: 90, render: (_, r) => overdue(r.lead.overdue) },
      ],
    },
    {
      title: '会办',
      children: [
        { title: '会办件数', key: 'ct', align: 'right', width: 80, render: (_, r) => r.co.tasks },
        { title: '已报意见', key: 'cs', align: 'right', width: 80, render: (_, r) => r.co.sent },
        { title: '超期未报', key: 'cx', align: 'right', width: 80, render: (_, r) => overdue(r.co.overdue) },
      ],
    },
  ];
}

function TotalCells({ lead, co }: { lead: LeadFigures; co: CoFigures }) {
  const cells = [lead.tasks, lead.replied, pct(lead.replyRate), lead.onTime, overdue(lead.overdue), co.tasks, co.sent, overdue(co.overdue)];
  return (
    <>
      {cells.map((v, i) => (
        <Table.Summary.Cell key={i} index={i + 1} align="right">
          {v}
        </Table.Summary.Cell>
      ))}
    </>
  );
}

/**
 * One progress bulletin (R-SUP-4): completion by unit, lead and co-handling
 * separately, with the units behind schedule named at the top and their
 * rows highlighted.
 */
export default function BulletinPage() {
  const { bulletinId } = useParams();
  const id = Number(bulletinId);
  const valid = Number.isInteger(id) && id > 0;
  const { data: b, error, reload } = useLoad<Bulletin>(valid ? (signal) => supervisionApi.getBulletin(id, signal) : null, [id]);
  if (!valid) return <LoadError error={null} />;
  if (!b) return error ? <LoadError error={error} onRetry={reload} /> : <PageLoading />;
  const c = b.content;

  return (
    <>
      <Link to="/bulletins">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          返回通报列表
        </Button>
      </Link>
      <div className="page-title">
        <h1>{b.title}</h1>
        <Space>
          <Tag color="blue">{b.number}</Tag>
          <PrintButton to={bulletinPrintUrl(b.id)} />
        </Space>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'session', label: '届次', children: c.sessionName },
            { key: 'asOf', label: '数据截至', children: c.asOf },
            { key: 'by', label: '生成', children: `${formatDateTime(b.createdAt)}\u3000${b.scheduled ? '按月自动生成' : (b.generatedByName ?? '')}` },
            { key: 'units', label: '承办单位', children: `${c.totals.units} 个` },
            {
              key: 'lead',
              label: '主办',
              span: 2,
              children: `${c.totals.lead.tasks} 件，已答复 ${c.totals.lead.replied} 件（${pct(c.totals.lead.replyRate)}），按期 ${c.totals.lead.onTime} 件，超期未答复 ${c.totals.lead.overdue} 件`,
            },
            {
              key: 'co',
              label: '会办',
              span: 2,
              children: `${c.totals.co.tasks} 件，已报意见 ${c.totals.co.sent} 件（${pct(c.totals.co.sentRate)}），超期未报 ${c.totals.co.overdue} 件`,
            },
          ]}
        />
      </Card>
      {c.behind.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`进度滞后单位（${c.behind.length} 个）`}
          description={c.behind
            .map(
              (u) =>
                `${u.unitName}（${[u.leadOverdue ? `主办超期 ${u.leadOverdue} 件` : '', u.coOverdue ? `会办超期 ${u.coOverdue} 件` : ''].filter(Boolean).join('，')}）`,
            )
            .join('；')}
        />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} title="各承办单位均在期限内推进，无超期未办件" />
      )}
      <Card title="各承办单位办理进度">
        <Table<BulletinUnitRow>
          size="small"
          bordered
          rowKey="unitId"
          dataSource={c.units}
          pagination={false}
          scroll={{ x: 900 }}
          rowClassName={(r) => (r.behindSchedule ? 'bulletin-behind' : '')}
          columns={[
            {
              title: '承办单位',
              key: 'unit',
              fixed: 'left',
              width: 180,
              render: (_, r) => (
                <>
                  {r.unitName}
                  {r.behindSchedule && (
                    <Tag color="red" style={{ marginInlineStart: 6 }}>
                      滞后
                    </Tag>
                  )}
                </>
              ),
            },
            ...figureColumns(),
          ]}
          summary={() => (
            <Table.Summary fixed>
              <Table.Summary.Row className="bulletin-total">
                <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                <TotalCells lead={c.totals.lead} co={c.totals.co} />
              </Table.Summary.Row>
            </Table.Summary>
          )}
        />
      </Card>
    </>
  );
}
