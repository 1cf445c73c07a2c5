import { Alert, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { actions } from '../../api/actions';
import { CosignButtons } from '../../components/CosignButtons';
import { SimpleList } from '../../components/SimpleList';
import { useLoad } from '../../lib/useLoad';
import { useWords } from '../../lib/words';

/**
 * On the deputy's home page (我的建议): the suggestions they were invited to co-sign and have
 * not answered, each with 确认附议 / 拒绝; nothing when there are none.
 */
export function CosignInvitations({ onAnswered }: { onAnswered: () => void }) {
  const { data, reload } = useLoad((signal) => actions.listCosignatureInvitations(signal), []);
  // A member is invited to co-sign their committee's proposals: 联名.
  const w = useWords();
  if (!data?.length) return null;
  const done = () => {
    reload();
    onAnswered();
  };
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={`您有 ${data.length} 件${w.item}待确认${w.cosign}`}
      description={
        <SimpleList
          items={data}
          rowKey={(x) => x.id}
          dense
          render={(x) => (
            <div style={{ display: 'flex', gap: 12, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
              <span>
                <Link to={`/items/${x.id}`}>{x.title}</Link>
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {x.number}
                  {x.leadDeputy ? ` · ${w.lead} ${x.leadDeputy}` : ''}
                </Typography.Text>
              </span>
              <CosignButtons itemId={x.id} words={w} onDone={done} size="small" />
            </div>
          )}
        />
      }
    />
  );
}
