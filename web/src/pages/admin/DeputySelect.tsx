import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { DeputyOption } from '../../api/types';

/** Picks one deputy of the congress (a member of a CPPCC committee: `noun` 委员) by name (server search, debounced). */
export function DeputySelect({
  value,
  onChange,
  initial,
  id,
  noun = '代表',
}: {
  value?: number | null;
  onChange?: (v: number | null) => void;
  initial?: { id: number; name: string } | null;
  id?: string;
  noun?: string;
}) {
  const [options, setOptions] = useState<DeputyOption[]>([]);
  const [busy, setBusy] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const ctl = useRef<AbortController | null>(null);

  const search = (q: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      ctl.current?.abort();
      const c = new AbortController();
      ctl.current = c;
      setBusy(true);
      api
        .listDeputies(q, c.signal)
        .then((rows) => setOptions(rows))
        .catch(() => undefined)
        .finally(() => !c.signal.aborted && setBusy(false));
    }, 250);
  };
  useEffect(() => {
    search('');
    return () => {
      window.clearTimeout(timer.current);
      ctl.current?.abort();
    };
  }, []);

  const list = initial && !options.some((o) => o.id === initial.id) ? [{ value: initial.id, label: initial.name }] : [];
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: search }}
      allowClear
      placeholder={`输入姓名搜索${noun}`}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      notFoundContent={busy ? <Spin size="small" /> : `没有找到${noun}`}
      options={[...list, ...options.map((o) => ({ value: o.id, label: o.occupation ? `${o.name}（${o.occupation}）` : o.name }))]}
    />
  );
}
