import { Form, InputNumber, Typography } from 'antd';
import { scoreBody } from '../../../../domain/contracts/checklists';
import { INDICATOR_LABELS, type IndicatorKey } from '../../../../domain/checklists/scoring';
import { checklists, type AssessmentAnswer, type AssessmentRow } from '../../api/checklists';
import { ActionModal } from '../item/ActionModal';
import { NOTE_ROWS, TextArea } from '../item/forms/shared';
import { STALE_TEXT } from './parts';

export interface ScoreTarget {
  row: AssessmentRow;
  key: IndicatorKey;
}

interface Values {
  points?: number | null;
  reason?: string;
}

/** 人工评分: one township's points on one indicator by hand, with the reason (left empty: the automatic score counts again). */
export function ScoreModal({ a, target, onClose, onChanged }: { a: AssessmentAnswer; target: ScoreTarget; onClose: () => void; onChanged: () => void }) {
  const s = target.row.indicators.find((x) => x.key === target.key)!;
  const max = a.scheme!.indicators.find((i) => i.key === target.key)!.points;
  return (
    <ActionModal<typeof scoreBody, Values>
      open
      title={`人工评分 · ${target.row.township.name}`}
      schema={scoreBody}
      fields={['points', 'reason']}
      initialValues={{ points: s.manual, reason: s.reason ?? undefined }}
      toBody={(v) => ({ version: a.version, townshipId: target.row.township.id, indicator: target.key, points: v.points ?? null, reason: v.reason ?? '' })}
      submit={(body) => checklists.setScore(a.year, body)}
      successText="评分已保存，理由已记入考核过程"
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          {INDICATOR_LABELS[target.key]}（满分 {max} 分）。自动计分：{s.auto ?? '无'}（{s.basis}）。
        </Typography.Paragraph>
      }
    >
      {() => (
        <>
          <Form.Item name="points" label="人工得分" extra="不填则恢复按自动计分">
            <InputNumber min={0} max={max} step={0.5} style={{ width: 160 }} aria-label="人工得分" />
          </Form.Item>
          <Form.Item name="reason" label="评分理由" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={500} showCount placeholder="如：查阅刊发稿件 4 篇，按计分细则评分" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
