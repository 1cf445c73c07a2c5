import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { checklists, type AssessmentAnswer, type AssessmentRow } from '../../api/checklists';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { todayInShanghai } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { AdjustmentModal } from './AdjustmentModal';
import { EventsCard } from './EventsCard';
import { SchemeCard } from './SchemeCard';
import { SchemeModal } from './SchemeModal';
import { ScoreModal, type ScoreTarget } from './ScoreModal';
import { ScoreTable } from './ScoreTable';
import { yearOptions } from './parts';

/**
 * 年度考核: the county's annual assessment of its townships' congress work — the scheme (the seed's seven
 * indicators, bonus and deduction items), scores filled automatically from the checklists and the
 * townships' own suggestions, manual scores and adjustments with reasons, the ranking, the score sheet.
 */
export default function AssessmentPage() {
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const { data, error, reload } = useLoad((signal) => checklists.assessment(year, signal), [year]);
  return (
    <>
      <div className="page-title">
        <h1>年度考核</h1>
        <Space wrap>
          <Select<number>
            aria-label="年度"
            value={year}
            style={{ width: 120 }}
            onChange={setYear}
            options={yearOptions([thisYear, thisYear - 1, thisYear - 2, thisYear - 3])}
          />
          {data?.scheme && <Downloads year={year} />}
          {data?.mayEdit && data.state === 'draft' && <Finalize a={data} onChanged={reload} />}
        </Space>
      </div>
      {error ? <LoadError error={error} onRetry={reload} /> : !data ? <PageLoading /> : <Assessment a={data} onChanged={reload} />}
    </>
  );
}

function Assessment({ a, onChanged }: { a: AssessmentAnswer; onChanged: () => void }) {
  const [editingScheme, setEditingScheme] = useState(false);
  const [scoring, setScoring] = useState<ScoreTarget | null>(null);
  const [adjusting, setAdjusting] = useState<AssessmentRow | null>(null);
  if (!a.scheme)
    return (
      <Card>
        <EmptyState
          description={`${a.year}年度考核方案尚未制定${a.mayEdit ? '。方案按乡镇绩效考核办法涉人大考核指标预置了七项指标，可调整分值和计分细则' : ''}`}
        >
          {a.mayEdit && (
            <Button type="primary" onClick={() => setEditingScheme(true)}>
              制定考核方案
            </Button>
          )}
        </EmptyState>
        {editingScheme && <SchemeModal a={a} onClose={() => setEditingScheme(false)} onChanged={onChanged} />}
      </Card>
    );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            得分与排名
            <Tag color={a.state === 'finalized' ? 'green' : 'gold'}>{a.stateLabel}</Tag>
          </Space>
        }
        extra={
          <span className="muted">{a.mayEdit ? '点击指标得分可人工评分；“加扣分”登记加分或扣分' : '自动计分取自指导清单落实情况和本乡镇代表建议办理情况'}</span>
        }
      >
        <ScoreTable a={a} onScore={setScoring} onAdjust={setAdjusting} onChanged={onChanged} />
      </Card>
      <SchemeCard scheme={a.scheme} mayEdit={a.mayEdit} onEdit={() => setEditingScheme(true)} />
      <EventsCard events={a.events} title="考核过程" />
      {editingScheme && <SchemeModal a={a} onClose={() => setEditingScheme(false)} onChanged={onChanged} />}
      {scoring && <ScoreModal a={a} target={scoring} onClose={() => setScoring(null)} onChanged={onChanged} />}
      {adjusting && <AdjustmentModal a={a} row={adjusting} onClose={() => setAdjusting(null)} onChanged={onChanged} />}
    </Space>
  );
}

function Downloads({ year }: { year: number }) {
  const { message } = App.useApp();
  const get = async (kind: 'docx' | 'xlsx') => {
    try {
      message.success(`已下载 ${await checklists.downloadScoreSheet(year, kind)}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '下载失败，请稍后重试');
    }
  };
  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => void get('docx')}>
        评分表（Word）
      </Button>
      <Button icon={<DownloadOutlined />} onClick={() => void get('xlsx')}>
        评分表（Excel）
      </Button>
    </>
  );
}

function Finalize({ a, onChanged }: { a: AssessmentAnswer; onChanged: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await checklists.finalize(a.year, a.version!);
      message.success('考核结果已确定');
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '操作失败，请稍后重试');
    } finally {
      setBusy(false);
      onChanged();
    }
  };
  return (
    <Popconfirm title="确定考核结果" description="定稿后得分和排名不再变动，本年度清单的报送情况也不能再修改。" okText="定稿" cancelText="取消" onConfirm={run}>
      <Button type="primary" loading={busy}>
        考核定稿
      </Button>
    </Popconfirm>
  );
}
