import type { Key, ReactNode } from 'react';

/** A plain list of rows with dividers (antd's List is deprecated in antd 6). */
export function SimpleList<T>({
  items,
  rowKey,
  render,
  empty,
  split = true,
  dense = false,
}: {
  items: readonly T[];
  rowKey: (item: T) => Key;
  render: (item: T) => ReactNode;
  empty?: ReactNode;
  split?: boolean;
  dense?: boolean;
}) {
  if (!items.length) return <>{empty ?? null}</>;
  return (
    <ul className={`simple-list${split ? ' simple-list-split' : ''}${dense ? ' simple-list-dense' : ''}`}>
      {items.map((it) => (
        <li key={rowKey(it)}>{render(it)}</li>
      ))}
    </ul>
  );
}
