import { useEffect, useRef } from 'react';
import { init, type ChartOption, type ECharts } from './echarts';

/**
 * One ECharts canvas. It follows its box's size (ResizeObserver), so a chart
 * redraws when the window, the menu drawer or a phone's rotation changes the
 * width; `label` describes it for screen readers (the table view has the numbers).
 */
export function EChart({ option, height, label }: { option: ChartOption; height: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} className="dashboard-chart" style={{ width: '100%', height }} />;
}
