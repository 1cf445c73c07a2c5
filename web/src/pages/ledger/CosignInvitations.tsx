import { Alert, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { actions } from '../../api/actions';
import { CosignButtons } from '../../components/CosignButtons';
import { SimpleList } from '../../components/SimpleList';
import { useLoad } from '../../lib/useLoad';

/**
 * On the deputy's home page (我的建议): the suggestions they were invited to co-sign and have
 * not answered, each with 确认附议 / 拒绝; nothing when there are none.
 */
export function CosignInvitations({ onAnswered }: { onAnswered: () => void }) {
  const { data, reload } = useLoad((signal) => actions.listCosignatureInvitations(signal), []);
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
      title={`您有 ${data.length} 件建议待确认附议`}
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
                  {x.leadDeputy ? ` · ${x.leadDeputy} 代表领衔` : ''}
                </Typography.Text>
              </span>
              <CosignButtons itemId={x.id} onDone={done} size="small" />
            </div>
          )}
        />
      }
    />
  );
}
