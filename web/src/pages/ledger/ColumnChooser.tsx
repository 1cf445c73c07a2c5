import { ArrowDownOutlined, ArrowUpOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Tooltip } from 'antd';
import type { LedgerColumn } from '../../../../domain/contracts/ledger-columns';
import { useWords } from '../../lib/words';
import { columnLabel } from './columns';
import type { ColumnLayout } from './useColumnPrefs';

interface Props {
  layout: ColumnLayout;
  onChange: (next: ColumnLayout) => void;
  onReset: () => void;
}

/** The title links to the item page: it always stays. */
const FIXED: readonly LedgerColumn[] = ['title'];

/**
 * 列设置: tick the columns to show and move them up or down (keyboard usable:
 * checkboxes and buttons, no drag needed). The export follows the same order.
 */
export function ColumnChooser({ layout, onChange, onReset }: Props) {
  const { order, hidden } = layout;
  const w = useWords();
  const toggle = (c: LedgerColumn, show: boolean) => onChange({ order, hidden: show ? hidden.filter((h) => h !== c) : [...hidden, c] });
  const move = (i: number, by: -1 | 1) => {
    const next = [...order];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange({ order: next, hidden });
  };

  const content = (
    <div className="column-chooser" role="group" aria-label="显示的列">
      <ul>
        {order.map((c, i) => (
          <li key={c}>
            <Checkbox checked={!hidden.includes(c)} disabled={FIXED.includes(c)} onChange={(e) => toggle(c, e.target.checked)}>
              {columnLabel(c, w)}
            </Checkbox>
            <span className="column-chooser-moves">
              <Button
                size="small"
                type="text"
                icon={<ArrowUpOutlined />}
                aria-label={`上移${columnLabel(c, w)}`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              />
              <Button
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                aria-label={`下移${columnLabel(c, w)}`}
                disabled={i === order.length - 1}
                onClick={() => move(i, 1)}
              />
            </span>
          </li>
        ))}
      </ul>
      <div className="column-chooser-foot">
        <span className="muted">导出时按此顺序</span>
        <Button size="small" type="link" onClick={onReset}>
          恢复默认
        </Button>
      </div>
    </div>
  );

  return (
    <Popover content={content} title="显示的列" trigger="click" placement="bottomRight">
      <Tooltip title="列设置">
        <Button aria-label="列设置" icon={<SettingOutlined />} />
      </Tooltip>
    </Popover>
  );
}
