/**
 * ECharts options of the breakdown panels (R-STAT-1 by unit, lead and co
 * apart; satisfaction against resolution). Labels print the server's rates.
 */
import type { SatisfactionVsResolution, UnitBreakdown } from '../../api/dashboard';
import type { ChartOption } from './echarts';
import { pct } from './format';

const FONT = { fontSize: 12 };
const GRID = { left: 8, right: 56, top: 28, bottom: 8, containLabel: true };

function categoryAxis(names: string[], narrow: boolean) {
  return {
    type: 'category' as const,
    data: names,
    inverse: true,
    axisTick: { show: false },
    axisLabel: { ...FONT, width: narrow ? 96 : 150, overflow: 'truncate' as const },
  };
}

/** 各单位主办/会办件数 and their replied parts, stacked per role. */
export function unitPartsOption(rows: UnitBreakdown[], narrow: boolean): ChartOption {
  const series = [
    { name: '主办已答复', stack: 'lead', color: '#1d4f91', value: (u: UnitBreakdown) => u.lead?.replied ?? 0 },
    { name: '主办未答复', stack: 'lead', color: '#9fb4d6', value: (u: UnitBreakdown) => (u.lead ? u.lead.items - u.lead.replied : 0) },
    { name: '会办已报送', stack: 'co', color: '#389e0d', value: (u: UnitBreakdown) => u.co?.replied ?? 0 },
    { name: '会办未报送', stack: 'co', color: '#b7dfa5', value: (u: UnitBreakdown) => (u.co ? u.co.items - u.co.replied : 0) },
  ];
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps) => {
        const u = rows[(ps as { dataIndex: number }[])[0].dataIndex];
        const lead = u.lead
          ? `主办 ${u.lead.items} 件，已答复 ${u.lead.replied}，答复率 ${pct(u.lead.replyRate)}，按期率 ${pct(u.lead.onTimeRate)}`
          : '无主办件';
        const co = u.co ? `会办 ${u.co.items} 件，已报送意见 ${u.co.replied}，按期率 ${pct(u.co.onTimeRate)}` : '无会办件';
        return `${u.unitName}<br/>${lead}<br/>${co}`;
      },
    },
    legend: { top: 0, textStyle: FONT },
    grid: GRID,
    xAxis: { type: 'value', minInterval: 1, axisLabel: FONT },
    yAxis: categoryAxis(
      rows.map((u) => u.unitName),
      narrow,
    ),
    series: series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      stack: s.stack,
      barMaxWidth: 14,
      itemStyle: { color: s.color },
      data: rows.map(s.value),
    })),
  };
}

/** A bar's label: the server's rate, nothing where there is no rate (no evaluation, no class yet). */
const shareLabel = (p: { value?: unknown }) => (typeof p.value === 'number' ? pct(p.value) : '');

/** 满意率 beside 解决率 (A 类占比) per unit: the gap between them is 被满意. */
export function satisfactionVsResolutionOption(rows: SatisfactionVsResolution[], narrow: boolean): ChartOption {
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps) => {
        const u = rows[(ps as { dataIndex: number }[])[0].dataIndex];
        return `${u.unitName}<br/>满意（含基本满意）${u.satisfied} / ${u.evaluations} 人次，${pct(u.satisfiedShare)}<br/>A 类（已解决）${u.classA} / ${u.classed} 件，${pct(u.solvedShare)}<br/>满意但未解决 ${u.satisfiedNotSolved} 件`;
      },
    },
    legend: { top: 0, textStyle: FONT },
    grid: GRID,
    xAxis: { type: 'value', max: 100, axisLabel: { ...FONT, formatter: '{value}%' } },
    yAxis: categoryAxis(
      rows.map((u) => u.unitName),
      narrow,
    ),
    series: [
      {
        type: 'bar',
        name: '满意率',
        barMaxWidth: 12,
        itemStyle: { color: '#389e0d' },
        label: { show: !narrow, position: 'right', ...FONT, formatter: shareLabel },
        data: rows.map((u) => u.satisfiedShare),
      },
      {
        type: 'bar',
        name: '解决率（A 类）',
        barMaxWidth: 12,
        itemStyle: { color: '#1d4f91' },
        label: { show: !narrow, position: 'right', ...FONT, formatter: shareLabel },
        data: rows.map((u) => u.solvedShare),
      },
    ],
  };
}

/** Items and replied items per group (category, delegation, deputy), the largest first. */
export function groupItemsOption(rows: { name: string; items: number; replied: number }[], narrow: boolean): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${v as number} 件` },
    legend: { top: 0, textStyle: FONT },
    grid: GRID,
    xAxis: { type: 'value', minInterval: 1, axisLabel: FONT },
    yAxis: categoryAxis(
      rows.map((r) => r.name),
      narrow,
    ),
    series: [
      {
        type: 'bar',
        name: '件数',
        barMaxWidth: 12,
        itemStyle: { color: '#9fb4d6' },
        label: { show: true, position: 'right', ...FONT },
        data: rows.map((r) => r.items),
      },
      {
        type: 'bar',
        name: '已答复',
        barMaxWidth: 12,
        itemStyle: { color: '#1d4f91' },
        label: { show: true, position: 'right', ...FONT },
        data: rows.map((r) => r.replied),
      },
    ],
  };
}
