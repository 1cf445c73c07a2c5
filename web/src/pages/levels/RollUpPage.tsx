import { Breadcrumb, Button, Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { levelsApi, type RollUpFigure, type RollUpRow } from '../../api/levels';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { RollUpItemsModal } from './RollUpItemsModal';
import { RollUpTable } from './RollUpTable';

/**
 * 下级汇总 (issue 16 §3): the bodies one level below — a province's cities, a city's counties, a
 * county's townships — side by side with their sum; a name goes one level further down, a count to
 * its items. The body and the year are in the address, so a view can be shared and reloaded.
 */
export default function RollUpPage() {
  const [params, setParams] = useSearchParams();
  const congressId = Number(params.get('congressId')) || undefined;
  const year = Number(params.get('year')) || undefined;
  const [drill, setDrill] = useState<{ row: RollUpRow; figure: RollUpFigure } | null>(null);
  const { data, error, loading, reload } = useLoad((signal) => levelsApi.rollUp({ congressId, year }, signal), [congressId, year]);
  const go = (next: { congressId?: number; year?: number }) => {
    const p = new URLSearchParams();
    const c = 'congressId' in next ? next.congressId : congressId;
    const y = 'year' in next ? next.year : year;
    if (c) p.set('congressId', String(c));
    if (y) p.set('year', String(y));
    setParams(p);
  };

  const title = (
    <div className="page-title">
      <h1>下级汇总</h1>
    </div>
  );
  if (error)
    return (
      <>
        {title}
        <LoadError error={error} onRetry={reload} />
      </>
    );
  if (!data)
    return (
      <>
        {title}
        <PageLoading />
      </>
    );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {title}
      <Breadcrumb
        items={data.path.map((p, i) => ({
          title:
            i < data.path.length - 1 ? (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => go({ congressId: p.id })}>
                {p.name.replace(/人民代表大会$/, '')}
              </Button>
            ) : (
              p.name.replace(/人民代表大会$/, '')
            ),
        }))}
      />
      <Card
        title={`${data.congress.name.replace(/人民代表大会$/, '')}所辖各${data.rows[0]?.congress.levelLabel ?? '下级'}人大 ${data.year} 年建议办理情况`}
        extra={
          <Space>
            <span>年度</span>
            <InputNumber aria-label="年度" min={2000} max={2100} value={data.year} onChange={(v) => v && go({ year: v })} style={{ width: 96 }} />
          </Space>
        }
        loading={loading}
      >
        {data.rows.length ? (
          <RollUpTable rows={data.rows} total={data.total} onOpen={(id) => go({ congressId: id })} onDrill={(row, figure) => setDrill({ row, figure })} />
        ) : (
          <EmptyState description="没有下级人大" />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          每一行是该级人大本级建议的数字（上级交办的不计入）；合计为各行相加，比例按合计重新计算。在办亮灯按各级自己的黄灯天数计算。
        </Typography.Paragraph>
      </Card>
      {drill && (
        <RollUpItemsModal
          congressId={drill.row.congress.id}
          name={drill.row.congress.name.replace(/人民代表大会$/, '')}
          year={data.year}
          figure={drill.figure}
          onClose={() => setDrill(null)}
        />
      )}
    </Space>
  );
}
