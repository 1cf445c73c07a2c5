import { Card, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { LedgerRow } from '../../api/types';
import { DueCell, KindTag, StateTag } from '../../components/Status';
import { formatDate } from '../../lib/dates';

/** One item as a card (phones); `showKind`: a 提案 tag beside the number, for those who see both streams. */
export function LedgerCard({ row: r, showDeputy, showKind }: { row: LedgerRow; showDeputy: boolean; showKind?: boolean }) {
  return (
    <Link to={`/items/${r.id}`} className="ledger-card-link">
      <Card size="small" className={r.light === 'red' ? 'ledger-card ledger-card-red' : 'ledger-card'}>
        <div className="ledger-card-head">
          <span className="muted" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {r.number}
            {showKind && r.kind === 'proposal' && (
              <>
                {' '}
                <KindTag kind={r.kind} />
              </>
            )}
          </span>
          <StateTag state={r.state} kind={r.kind} />
        </div>
        <div className="ledger-card-title">{r.title}</div>
        <div className="ledger-card-meta">
          {r.currentDue && (
            <div>
              <span className="muted">期限{'\u3000'}</span>
              <DueCell due={r.currentDue} light={r.light} daysLeft={r.daysLeft} provisional={r.dueProvisional} />
            </div>
          )}
          {r.leadUnits && (
            <div>
              <span className="muted">主办{'\u3000'}</span>
              {r.leadUnits}
            </div>
          )}
          <div>
            {showDeputy && r.leadDeputy && (
              <span>
                {r.leadDeputy}
                {'\u3000'}
              </span>
            )}
            {r.category && <Tag style={{ marginInlineEnd: 0 }}>{r.category}</Tag>}
            {!r.currentDue && !r.leadUnits && (
              <span className="muted">
                {'\u3000'}提出于 {formatDate(r.submittedAt)}
              </span>
            )}
          </div>
        </div>
      </Card>
    </Link>
  );
}
