import { Tabs } from 'antd';
import { useUser } from '../../auth/AuthContext';
import { MeetingsTab } from './MeetingsTab';
import { PairingsTab } from './PairingsTab';
import { VisitsTab } from './VisitsTab';

/**
 * 联点指导: the county leaders' on-site guidance of their paired townships and the quarter-end exchange
 * meetings; the county's office keeps the pairings. A township's presidium reads the guidance it was given
 * and the meetings' briefings.
 */
export default function GuidancePage() {
  const user = useUser();
  const county = user.role !== 'townshipPresidium';
  return (
    <>
      <div className="page-title">
        <h1>联点指导</h1>
      </div>
      <Tabs
        items={[
          { key: 'visits', label: '联点指导记录', children: <VisitsTab /> },
          { key: 'meetings', label: '季度交流会', children: <MeetingsTab /> },
          ...(county ? [{ key: 'pairings', label: '联点安排', children: <PairingsTab /> }] : []),
        ]}
      />
    </>
  );
}
