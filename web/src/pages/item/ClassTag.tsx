import { Tag } from 'antd';
import type { ItemDetail, Reply } from '../../api/types';
import { RESULT_CLASS_LABELS } from '../../lib/labels';

const CLASS_TAG_COLORS: Record<Reply['resultClass'], string> = { A: 'green', B: 'blue', C: 'orange', D: 'purple' };

/** The reply's class as the rules profile names and defines it (A类 所提问题已经得到解决或基本解决). */
export function ClassTag({ r, detail }: { r: Reply; detail: ItemDetail }) {
  const def = detail.resultClasses.find((c) => c.code === r.resultClass);
  if (!def) return <Tag color={CLASS_TAG_COLORS[r.resultClass]}>{RESULT_CLASS_LABELS[r.resultClass]}</Tag>;
  return (
    <>
      <Tag color={CLASS_TAG_COLORS[r.resultClass]}>{def.label}</Tag>
      <span className="muted">{def.definition}</span>
    </>
  );
}
