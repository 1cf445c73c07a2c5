import { App, Button, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { IndicatorKey } from '../../../../domain/checklists/scoring';
import { ApiError } from '../../api/client';
import { checklists, type AssessmentAnswer, type AssessmentRow } from '../../api/checklists';
import type { ScoreTarget } from './ScoreModal';

interface Props {
  a: AssessmentAnswer;
  onScore: (t: ScoreTarget) => void;
  onAdjust: (row: AssessmentRow) => void;
  onChanged: () => void;
}

/** The ranking: per township each indicator's points (automatic, or manual marked 人工), bonus, deduction, total; the adjustments below a row. */
export function ScoreTable({ a, onScore, onAdjust, onChanged }: Props) {
  const { message } = App.useApp();
  const indicators = a.scheme!.indicators;
  const remove = async (id: number) => {
    try {
      await checklists.removeAdjustment(a.year, id, a.version!);
      message.success('已撤销');
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '操作失败，请稍后重试');
    }
    onChanged();
  };
  const columns: ColumnsType<AssessmentRow> = [
    { title: '名次', dataIndex: 'rank', width: 60, fixed: 'left' },
    { title: '乡镇', key: 't', width: 100, fixed: 'left', render: (_, r) => <b>{r.township.name}</b> },
    ...indicators.map((ind) => ({
      title: `${ind.label}（${ind.points}）`,
      key: ind.key,
      width: 120,
      render: (_: unknown, r: AssessmentRow) => {
        const s = r.indicators.find((x) => x.key === ind.key)!;
        const text = (
          <Tooltip title={s.manual !== null ? `人工评分，理由：${s.reason}（自动计分 ${s.auto ?? '—'}，${s.basis}）` : s.basis}>
            <span>
              {s.manual !== null || s.auto !== null ? s.counted : <span className="muted">待评分</span>}
              {s.manual !== null && <Tag style={{ marginLeft: 4 }}>人工</Tag>}
            </span>
          </Tooltip>
        );
        return a.mayEdit ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() => onScore({ row: r, key: ind.key as IndicatorKey })}
            aria-label={`${r.township.name}${ind.label}评分`}
          >
            {text}
          </Button>
        ) : (
          text
        );
      },
    })),
    { title: '加分', dataIndex: 'bonus', width: 70 },
    { title: '扣分', dataIndex: 'deduction', width: 70 },
    { title: '总分', dataIndex: 'total', width: 80, render: (t: number) => <b>{t}</b> },
    ...(a.mayEdit
      ? [
          {
            title: '操作',
            key: 'op',
            width: 90,
            fixed: 'right' as const,
            render: (_: unknown, r: AssessmentRow) => (
              <Button size="small" onClick={() => onAdjust(r)}>
                加扣分
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<AssessmentRow>
      rowKey={(r) => r.township.id}
      size="small"
      pagination={false}
      dataSource={a.rows}
      columns={columns}
      scroll={{ x: 420 + indicators.length * 120 }}
      locale={{ emptyText: '本县尚无下辖乡镇' }}
      expandable={{
        rowExpandable: (r) => r.adjustments.length > 0,
        expandedRowRender: (r) => (
          <Space direction="vertical" size={4}>
            {r.adjustments.map((x) => (
              <span key={x.id}>
                <Tag color={x.kind === 'bonus' ? 'green' : 'red'}>
                  {x.kindLabel} {x.points} 分
                </Tag>
                {x.item}：{x.reason}
                <span className="muted">（{x.createdByName ?? ''}）</span>
                {a.mayEdit && (
                  <Popconfirm title="撤销这条加扣分？" okText="撤销" cancelText="保留" onConfirm={() => remove(x.id)}>
                    <Button type="link" size="small" danger>
                      撤销
                    </Button>
                  </Popconfirm>
                )}
              </span>
            ))}
          </Space>
        ),
      }}
    />
  );
}
