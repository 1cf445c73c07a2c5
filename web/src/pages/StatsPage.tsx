import { Card, Col, Progress, Row, Select, Space, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Session, Statistics } from '../api/types';
import { LoadError, PageLoading } from '../components/PageStates';
import { EVALUATION_LABELS } from '../lib/labels';

const pct = (n: number) => `${n.toFixed(2)}%`;

/** 统计 (R-STAT-1): the headline figures of a session. */
export default function StatsPage() {
  const [sessions, setSessions] = useState<Session[]>([]);
  const [sessionId, setSessionId] = useState<number | undefined>(undefined);
  const [stats, setStats] = useState<Statistics | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    api.listSessions().then(setSessions).catch(() => setSessions([]));
  }, []);

  useEffect(() => {
    let alive = true;
    setError(null);
    api
      .getStatistics({ sessionId })
      .then((s) => alive && setStats(s))
      .catch((e) => alive && setError(e));
    return () => {
      alive = false;
    };
  }, [sessionId, tick]);

  return (
    <>
      <div className="page-title">
        <h1>办理统计</h1>
        <Select
          allowClear
          placeholder="全部届次"
          value={sessionId}
          onChange={setSessionId}
          options={sessions.map((s) => ({ value: s.id, label: s.name }))}
          style={{ width: 220 }}
        />
      </div>
      {error ? (
        <LoadError error={error} onRetry={() => setTick((t) => t + 1)} />
      ) : !stats ? (
        <PageLoading />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            {[
              { t: '建议总数', v: stats.items, s: '件' },
              { t: '已交办', v: stats.assigned, s: '件' },
              { t: '已答复', v: stats.replied, s: `件 · ${pct(stats.replyRate)}` },
              { t: '按期答复', v: stats.onTime, s: `件 · ${pct(stats.onTimeRate)}` },
              { t: '沟通联系', v: stats.contacts, s: `人次 · 联系率 ${pct(stats.contactRate)}` },
              { t: '当面沟通率', v: stats.faceToFaceRate.toFixed(2), s: '%' },
              { t: 'B类承诺事项', v: stats.commitments, s: `项 · 已销号 ${stats.commitmentsStruckOff}` },
              { t: '重新办理', v: stats.rehandled, s: '件' },
            ].map((x) => (
              <Col key={x.t} xs={12} md={8} xl={6}>
                <Card size="small">
                  <Statistic title={x.t} value={x.v} suffix={<span style={{ fontSize: 13 }}>{x.s}</span>} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title="办理结果类别" size="small">
                {(['A', 'B', 'C'] as const).map((k) => (
                  <div key={k} style={{ marginBottom: 8 }}>
                    <div>
                      {k} 类{'\u3000'}{stats.resultClasses[k].count} 件（{pct(stats.resultClasses[k].share)}）
                    </div>
                    <Progress percent={stats.resultClasses[k].share} showInfo={false} strokeColor={k === 'A' ? '#389e0d' : k === 'B' ? '#1d4f91' : '#d48806'} />
                  </div>
                ))}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={`代表评价（满意率 ${pct(stats.evaluations.satisfactionRate)}）`} size="small">
                {(['satisfied', 'basicallySatisfied', 'dissatisfied'] as const).map((k) => (
                  <div key={k} style={{ marginBottom: 8 }}>
                    <div>
                      {EVALUATION_LABELS[k]}{'\u3000'}{stats.evaluations[k].count} 件（{pct(stats.evaluations[k].share)}）
                    </div>
                    <Progress
                      percent={stats.evaluations[k].share}
                      showInfo={false}
                      strokeColor={k === 'satisfied' ? '#389e0d' : k === 'basicallySatisfied' ? '#1d4f91' : '#c62828'}
                    />
                  </div>
                ))}
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </>
  );
}
