import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Input, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { adminApi } from '../../api/admin';
import { LoadError, PageLoading } from '../../components/PageStates';
import { formatDateTime, todayInShanghai } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { useCalendarActions } from './useCalendarActions';
import { changedDays, cycleDay, sameSchedule, type Schedule } from './calendar-edit';
import { ScheduleDayLists } from './ScheduleDayLists';
import { SOURCE_COLORS, SOURCE_LABELS, YearCards } from './YearCards';
import { YearGrid } from './YearGrid';
import './admin.css';

const thisYear = Number(todayInShanghai().slice(0, 4));

/** 节假日日历: which years have an official schedule, a year's official days and the local schedule that replaces them. */
export default function CalendarPage() {
  const [year, setYear] = useState(thisYear);
  const [draft, setDraft] = useState<Schedule | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const status = useLoad((signal) => adminApi.calendarStatus(thisYear - 2, thisYear + 2, signal), []);
  const cal = useLoad((signal) => adminApi.getCalendarYear(year, signal), [year]);
  const c = cal.data?.year === year ? cal.data : null;

  // Another year, or a fresh answer (after saving), discards the draft and its error: set while
  // rendering, as React advises for state that follows a change, not from an effect.
  const [draftFor, setDraftFor] = useState({ year, data: cal.data });
  if (draftFor.year !== year || draftFor.data !== cal.data) {
    setDraftFor({ year, data: cal.data });
    setDraft(null);
    setError(null);
  }

  // This body's own schedule, else the one a body above entered, else the official one.
  const effective: Schedule = useMemo(() => c?.override ?? c?.inherited ?? c?.official ?? { holidays: [], makeupWorkdays: [] }, [c]);
  const shown = draft ?? effective;
  const changed = useMemo(() => changedDays(shown, c?.official ?? null), [shown, c]);
  const names = c?.official?.names ?? {};

  const startEdit = () => {
    setDraft({ holidays: [...effective.holidays], makeupWorkdays: [...effective.makeupWorkdays] });
    setNote(c?.override?.note ?? '');
  };

  const reloadAll = () => {
    cal.reload();
    status.reload();
  };

  const { save, restore } = useCalendarActions({ year, current: c, draft, note, setBusy, setError, onSaved: reloadAll });

  if (status.error) return <LoadError error={status.error} onRetry={status.reload} />;
  if (!status.data) return <PageLoading />;
  return (
    <>
      <div className="page-title">
        <h1>节假日日历</h1>
      </div>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {status.data.warnings.map((w) => (
          <Alert key={w} type="warning" showIcon title={w} />
        ))}
        {status.data.provisionalItems > 0 && (
          <Alert type="info" showIcon title={`目前有 ${status.data.provisionalItems} 件在办件的工作日期限为临时值，录入相应年度安排后自动重算。`} />
        )}
        <YearCards status={status.data} year={year} onPick={setYear} />
        {cal.error ? (
          <LoadError error={cal.error} onRetry={cal.reload} />
        ) : !c ? (
          <PageLoading />
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card
                title={`${year}年${draft ? '（编辑中）' : ''}`}
                extra={
                  <div className="cal-legend">
                    <span>
                      <i className="day-off" />
                      休息日
                    </span>
                    <span>
                      <i className="day-makeup" />
                      调休上班
                    </span>
                    <span>
                      <i className="day-changed" />
                      与官方安排不同
                    </span>
                  </div>
                }
              >
                {draft && (
                  <Alert
                    type="info"
                    showIcon
                    style={{ marginBottom: 12 }}
                    title="点击日期修改：工作日 ↔ 休息日；周六、周日依次为 休息日（节假期间）→ 调休上班 → 普通周末。"
                  />
                )}
                <YearGrid year={year} schedule={shown} names={names} changed={changed} onDay={draft ? (d) => setDraft(cycleDay(draft, d)) : undefined} />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title="本年安排" style={{ marginBottom: 16 }}>
                <Typography.Paragraph>
                  当前使用：
                  {c.source ? <Tag color={SOURCE_COLORS[c.source]}>{SOURCE_LABELS[c.source]}</Tag> : <Tag color="red">尚无安排（仅按周末计算）</Tag>}
                </Typography.Paragraph>
                {!c.override && c.inherited && (
                  <Typography.Paragraph type="secondary">
                    本年使用{c.inherited.congressName}录入的安排。本级另有休假安排（如民族自治地方的节日）的，可点击“编辑本地安排”录入，只对本级和下级适用。
                  </Typography.Paragraph>
                )}
                {c.override && (
                  <Typography.Paragraph type="secondary">
                    本地安排第 {c.override.version} 版，{c.override.updatedBy ?? ''} 于 {formatDateTime(c.override.updatedAt)} 保存
                    {c.override.note ? `；说明：${c.override.note}` : ''}
                  </Typography.Paragraph>
                )}
                {!c.official && (
                  <Typography.Paragraph type="secondary">内置官方数据不含 {year} 年。国务院办公厅通知发布后，请点击“编辑本地安排”录入。</Typography.Paragraph>
                )}
                {draft ? (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Input.TextArea
                      aria-label="说明"
                      placeholder="说明，如：依据国务院办公厅关于 2027 年部分节假日安排的通知"
                      value={note}
                      onChange={(e) => setNote(e.target.value)}
                      autoSize={{ minRows: 2 }}
                      maxLength={500}
                    />
                    {error && <Alert type="error" showIcon title={error} />}
                    <Space wrap>
                      <Button
                        type="primary"
                        loading={busy}
                        disabled={c.override !== null && sameSchedule(draft, c.override) && note === (c.override.note ?? '')}
                        onClick={save}
                      >
                        保存本地安排
                      </Button>
                      {c.official && (
                        <Button onClick={() => setDraft({ holidays: [...c.official!.holidays], makeupWorkdays: [...c.official!.makeupWorkdays] })}>
                          从官方安排重新开始
                        </Button>
                      )}
                      <Button onClick={() => setDraft(null)}>取消</Button>
                    </Space>
                  </Space>
                ) : (
                  <Space wrap>
                    <Button type="primary" icon={<EditOutlined />} onClick={startEdit}>
                      编辑本地安排
                    </Button>
                    {c.override && (
                      <Popconfirm
                        title={`删除 ${year} 年本地安排，${c.inherited ? `改用${c.inherited.congressName}的安排` : c.official ? '恢复官方安排' : '改为仅按周末计算'}？`}
                        okText="确定"
                        cancelText="取消"
                        onConfirm={restore}
                      >
                        <Button danger>{c.inherited ? '改用上级安排' : c.official ? '恢复官方安排' : '删除本地安排'}</Button>
                      </Popconfirm>
                    )}
                  </Space>
                )}
              </Card>
              <ScheduleDayLists shown={shown} names={names} changed={changed} />
            </Col>
          </Row>
        )}
      </Space>
    </>
  );
}
