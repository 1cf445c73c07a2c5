import { INDICATOR_LABELS } from '../../domain/checklists/scoring';
import type { ScoreSheet } from '../queries/checklists/score-sheet';
import { body, heading1, renderDocument, signature, table, title } from './gbt9704';

/** A score with one decimal as the sheet prints it (18, 12.5); a missing automatic score as —. */
export const pointsText = (x: number | null): string => (x === null ? '—' : String(Math.round(x * 10) / 10));

/**
 * The annual assessment's score sheet (考核评分表) in the GB/T 9704 layout: the indicators with their
 * points and rules, every township's points per indicator, bonus, deduction, total and rank, the
 * bonuses, deductions and manual scores with their reasons, the county liaison office and the date.
 */
export async function renderScoreSheetDocx(s: ScoreSheet): Promise<Buffer> {
  const scheme = s.scheme;
  const finalized = s.state === 'finalized';
  const intro =
    `根据${s.place}${s.year}年度乡镇绩效考核涉人大考核指标内容和计分细则，对全县 ${s.rows.length} 个乡镇人大工作进行量化计分` +
    `${finalized ? '，考核结果已经确定' : '（评分中，以下为截至目前的得分，结果尚未确定）'}。得分与排名如下。`;
  const notes = s.rows.flatMap((r) => [
    ...r.indicators
      .filter((i) => i.manual !== null)
      .map(
        (i) =>
          `${r.township.name}“${INDICATOR_LABELS[i.key]}”人工评分 ${pointsText(i.manual)} 分（自动计分 ${pointsText(i.auto)} 分），理由：${i.reason ?? ''}`,
      ),
    ...r.adjustments.map((a) => `${r.township.name}${a.kindLabel} ${pointsText(a.points)} 分（${a.item}），理由：${a.reason}`),
  ]);
  return renderDocument({
    title: s.title,
    children: [
      ...title(s.title),
      ...body(intro),
      heading1('一、考核指标与计分细则'),
      table(
        ['考核指标', '分值', '计分细则'],
        scheme.indicators.map((i) => [i.label, pointsText(i.points), `${i.evidenceRule}（${i.sourceLabel}）`]),
        [3, 1, 8],
      ),
      ...body(
        `加分项目：${scheme.bonusItems.map((b) => `${b.name}（${b.rule}，最多 ${pointsText(b.points)} 分）`).join('；') || '无'}，加分合计不超过 ${pointsText(scheme.bonusCap)} 分。` +
          `扣分项目：${scheme.deductionItems.map((d) => `${d.name}（${d.rule}，最多 ${pointsText(d.points)} 分）`).join('；') || '无'}。`,
      ),
      heading1('二、得分与排名'),
      table(
        ['名次', '乡镇', ...scheme.indicators.map((i) => i.label), '加分', '扣分', '总分'],
        s.rows.map((r) => [
          r.rank,
          r.township.name,
          ...r.indicators.map((i) => pointsText(i.counted)),
          pointsText(r.bonus),
          pointsText(r.deduction),
          pointsText(r.total),
        ]),
        [2, 3, ...scheme.indicators.map(() => 2), 2, 2, 2],
      ),
      heading1('三、加分、扣分和人工评分说明'),
      ...body(notes.length ? notes.join('\n') : '本年度无加分、扣分和人工评分。'),
      ...signature(s.issuer, s.day),
    ],
  });
}
