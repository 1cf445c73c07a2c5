/**
 * ECharts options of the dashboards, built from the server's figures. Labels
 * print the server's shares (largest remainder, adding up to 100.00%),
 * never ECharts' own rounding of the percentages.
 */
import type { DashboardStatistics, CategoryCount, UnitPerformance } from '../../api/dashboard';
import { EVALUATION_LABELS, LIGHT_COLORS, LIGHT_SHORT } from '../../lib/labels';
import type { ChartOption } from './echarts';
import { classRows, pct } from './format';

export const CLASS_COLORS = { A: '#389e0d', B: '#1d4f91', C: '#d48806', D: '#7e57c2' } as const;
export const EVALUATION_COLORS = { satisfied: '#389e0d', basicallySatisfied: '#1d4f91', dissatisfied: '#c62828' } as const;
export const EVALUATION_KEYS = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
const LIGHT_KEYS = ['red', 'yellow', 'green'] as const;
const FONT = { fontSize: 12 };

interface Slice {
  name: string;
  count: number;
  share: number;
  color: string;
  /** what the slice means (a result class's definition), under the figures in the tooltip */
  note?: string;
}

/** Text from the rules profile goes into ECharts' HTML tooltip: escaped. */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A doughnut with a legend below; each label says "name count件 share%". */
function pie(slices: Slice[], narrow: boolean): ChartOption {
  const byName = new Map(slices.map((s) => [s.name, s]));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const s = byName.get((p as { name: string }).name);
        return escapeHtml(describe(s)) + (s?.note ? `<br/>${escapeHtml(s.note)}` : '');
      },
    },
    // On a phone the labels beside the ring would be cut at the edge: the legend carries the figures instead.
    legend: { bottom: 0, textStyle: FONT, ...(narrow ? { formatter: (name: string) => describe(byName.get(name)) } : {}) },
    series: [
      {
        type: 'pie',
        radius: narrow ? ['35%', '62%'] : ['38%', '65%'],
        center: ['50%', '45%'],
        avoidLabelOverlap: true,
        label: { show: !narrow, formatter: (p) => describe(byName.get(p.name), '\n'), ...FONT },
        data: slices.filter((s) => s.count > 0).map((s) => ({ name: s.name, value: s.count, itemStyle: { color: s.color } })),
      },
    ],
  };
}

function describe(s: Slice | undefined, sep = ' '): string {
  return s ? `${s.name}${sep}${s.count} 件 ${pct(s.share)}` : '';
}

/** 办理结果类别: the classes of the scheme, with the profile's labels and definitions. */
export function classSharesOption(st: DashboardStatistics, narrow: boolean): ChartOption {
  return pie(
    classRows(st).map((c) => ({ name: c.name, count: c.count, share: c.share, color: CLASS_COLORS[c.key], note: c.definition })),
    narrow,
  );
}

/** 代表评价 满意/基本满意/不满意. */
export function satisfactionOption(st: DashboardStatistics, narrow: boolean): ChartOption {
  return pie(
    EVALUATION_KEYS.map((k) => ({ name: EVALUATION_LABELS[k], count: st.evaluations[k].count, share: st.evaluations[k].share, color: EVALUATION_COLORS[k] })),
    narrow,
  );
}

/** Units that replied at least once, best on-time rate first (ties: more replies first, then name). */
export function rankByOnTime(units: UnitPerformance[]): (UnitPerformance & { onTimeRate: number })[] {
  return units
    .filter((u): u is UnitPerformance & { onTimeRate: number } => u.onTimeRate !== null)
    .sort((a, b) => b.onTimeRate - a.onTimeRate || b.replied - a.replied || a.unitName.localeCompare(b.unitName, 'zh-CN'));
}

/** Units with a running deadline, most red lights first, then most yellow. */
export function rankByLights(units: UnitPerformance[]): UnitPerformance[] {
  return units
    .filter((u) => u.lights.red + u.lights.yellow + u.lights.green > 0)
    .sort((a, b) => b.lights.red - a.lights.red || b.lights.yellow - a.lights.yellow || a.unitName.localeCompare(b.unitName, 'zh-CN'));
}

/** Horizontal bars read best on a phone: long unit names sit on the left, truncated to fit. */
function categoryAxis(names: string[], narrow: boolean) {
  return {
    type: 'category' as const,
    data: names,
    inverse: true,
    axisTick: { show: false },
    axisLabel: { ...FONT, width: narrow ? 96 : 150, overflow: 'truncate' as const },
  };
}

const GRID = { left: 8, right: 48, top: 28, bottom: 8, containLabel: true };

/** 按期答复率 by unit, sorted. */
export function onTimeOption(ranked: (UnitPerformance & { onTimeRate: number })[], narrow: boolean): ChartOption {
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps) => {
        const u = ranked[(ps as { dataIndex: number }[])[0].dataIndex];
        return `${u.unitName}<br/>按期答复 ${u.onTime} / 已答复 ${u.replied} 件<br/>按期答复率 ${pct(u.onTimeRate)}`;
      },
    },
    grid: GRID,
    xAxis: { type: 'value', max: 100, axisLabel: { ...FONT, formatter: '{value}%' } },
    yAxis: categoryAxis(
      ranked.map((u) => u.unitName),
      narrow,
    ),
    series: [
      {
        type: 'bar',
        name: '按期答复率',
        barMaxWidth: 18,
        data: ranked.map((u) => ({ value: u.onTimeRate, itemStyle: { color: u.onTimeRate >= 90 ? '#389e0d' : u.onTimeRate >= 60 ? '#d4a106' : '#d4380d' } })),
        label: { show: true, position: 'right', ...FONT, formatter: (p) => pct(p.value as number) },
      },
    ],
  };
}

/** 红黄绿灯 by unit, stacked. */
export function lightsOption(ranked: UnitPerformance[], narrow: boolean): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, textStyle: FONT },
    grid: GRID,
    xAxis: { type: 'value', minInterval: 1, axisLabel: FONT },
    yAxis: categoryAxis(
      ranked.map((u) => u.unitName),
      narrow,
    ),
    series: LIGHT_KEYS.map((k) => ({
      type: 'bar' as const,
      name: LIGHT_SHORT[k],
      stack: 'lights',
      barMaxWidth: 18,
      itemStyle: { color: LIGHT_COLORS[k] },
      label: { show: true, ...FONT, color: '#fff', formatter: (p: { value: unknown }) => (p.value ? String(p.value) : '') },
      data: ranked.map((u) => u.lights[k]),
    })),
  };
}

/** 各类别建议件数, each with its share of all items where known. */
export function categoryOption(cats: (CategoryCount & { share?: number })[], narrow: boolean): ChartOption {
  const label = (c: CategoryCount & { share?: number }) => (c.share === undefined ? `${c.items}` : `${c.items}（${pct(c.share)}）`);
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps) => {
        const c = cats[(ps as { dataIndex: number }[])[0].dataIndex];
        return `${escapeHtml(c.name)}<br/>${c.items} 件${c.share === undefined ? '' : `，占 ${pct(c.share)}`}`;
      },
    },
    // Room on the right for 15（45.46%）.
    grid: { ...GRID, right: cats.some((c) => c.share !== undefined) ? 96 : 48 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: FONT },
    yAxis: categoryAxis(
      cats.map((c) => c.name),
      narrow,
    ),
    series: [
      {
        type: 'bar',
        name: '件数',
        barMaxWidth: 18,
        itemStyle: { color: '#1d4f91' },
        label: { show: true, position: 'right', ...FONT, formatter: (p) => label(cats[p.dataIndex]) },
        data: cats.map((c) => c.items),
      },
    ],
  };
}
