import { Col, Row, Space } from 'antd';
import type { DeputyDuty, DutyRecord } from '../../api/duty';
import { HotlineOrdersCard, SuggestionsCard } from './CountedCards';
import { DutySummary } from './DutySummary';
import { RecordsCard } from './RecordsCard';
import { TargetsCard } from './TargetsCard';
import { TrailCard } from './TrailCard';
import './duty.css';

interface Props {
  d: DeputyDuty;
  onEdit?: (r: DutyRecord) => void;
  onDelete?: (r: DutyRecord) => void;
}

/** A deputy's year of duty: the summary, the seven targets, the records entered, the suggestions and hotline problems counted, the trail. */
export function DeputyDutyView({ d, onEdit, onDelete }: Props) {
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <DutySummary d={d} />
      <TargetsCard d={d} />
      <RecordsCard records={d.records} onEdit={onEdit} onDelete={onDelete} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <HotlineOrdersCard d={d} />
        </Col>
        <Col xs={24} lg={12}>
          <SuggestionsCard d={d} />
        </Col>
      </Row>
      <TrailCard d={d} />
    </Space>
  );
}
