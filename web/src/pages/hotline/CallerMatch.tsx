import { Radio, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { normalizePhone } from '../../../../domain/hotline/orders';
import { hotline, type CallerMatch as Match } from '../../api/hotline';

/** The value the form keeps: a deputy's id, or null for a caller who is no deputy of this congress (or not known yet). */
interface Props {
  phone: string | undefined;
  value?: number | null;
  onChange?: (v: number | null) => void;
}

/**
 * While the deputy is on the line: the number typed is looked up among the congress's deputies
 * (GET /api/hotline/caller-match) and the match is shown to confirm — or another of the same number
 * chosen, or none. Matching starts once the number has 7 digits, a moment after typing stops.
 */
export function CallerMatch({ phone, value, onChange }: Props) {
  const digits = normalizePhone(phone ?? '');
  const [match, setMatch] = useState<Match | null>(null);
  const [loading, setLoading] = useState(false);
  const ready = digits.length >= 7;

  useEffect(() => {
    // A number too short to match names nobody: a deputy matched from an earlier number goes.
    if (!ready) {
      if (value != null) onChange?.(null);
      return;
    }
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      hotline
        .matchCaller(digits, ctl.signal)
        .then((m) => {
          setMatch(m);
          setLoading(false);
          // A deputy already chosen among them stays; else the one deputy of this number is proposed at once
          // (the operator confirms it on the line); else none until one is chosen.
          if (m.deputies.some((x) => x.id === value)) return;
          onChange?.(m.deputies.length === 1 ? m.deputies[0].id : null);
        })
        .catch(() => {
          if (!ctl.signal.aborted) setLoading(false);
        });
    }, 350);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
    // onChange is the form's own setter: a new one each render, not a new number.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [digits, ready]);

  if (!ready) return <span className="muted">输入来电号码后自动查找对应的代表</span>;
  if (loading || !match || normalizePhone(match.phone) !== digits)
    return (
      <Space size={8}>
        <Spin size="small" />
        <span className="muted">正在查找代表…</span>
      </Space>
    );
  if (!match.deputies.length) return <span className="muted">未找到使用该号码的本级人大代表。可以继续登记，来电代表在工单上再确认。</span>;
  return (
    <Radio.Group value={value ?? null} onChange={(e) => onChange?.(e.target.value as number | null)} aria-label="来电代表">
      <Space orientation="vertical" size={4}>
        {match.deputies.map((d) => (
          <Radio key={d.id} value={d.id}>
            <strong>{d.name}</strong>
            {d.delegation && <span className="muted">（{d.delegation}）</span>}
            {match.deputies.length === 1 && <span className="muted">{'\u3000'}已匹配，请向来电人核实</span>}
          </Radio>
        ))}
        <Radio value={null}>不是上述代表 / 暂不确定</Radio>
      </Space>
    </Radio.Group>
  );
}
