import { Button, Card, Col, List, Row, Table } from 'antd';
import type { Scheme } from '../../api/checklists';

/** The year's scheme: each indicator's points, rule and how it is scored; the bonus and deduction items. */
export function SchemeCard({ scheme, mayEdit, onEdit }: { scheme: Scheme; mayEdit: boolean; onEdit: () => void }) {
  const total = scheme.indicators.reduce((a, i) => a + i.points, 0);
  return (
    <Card title={`考核方案（指标合计 ${Math.round(total * 10) / 10} 分）`} extra={mayEdit && <Button onClick={onEdit}>修改方案</Button>}>
      <Table<Scheme['indicators'][number]>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={scheme.indicators}
        scroll={{ x: 800 }}
        columns={[
          { title: '考核指标', dataIndex: 'label', width: 220 },
          { title: '分值', dataIndex: 'points', width: 70 },
          { title: '计分细则', dataIndex: 'evidenceRule' },
          { title: '自动计分', dataIndex: 'sourceLabel', width: 240 },
        ]}
      />
      <Row gutter={24} style={{ marginTop: 16 }}>
        {(
          [
            ['加分项目', scheme.bonusItems, `加分合计不超过 ${scheme.bonusCap} 分`],
            ['扣分项目', scheme.deductionItems, ''],
          ] as const
        ).map(([title, items, note]) => (
          <Col key={title} xs={24} md={12}>
            <List
              size="small"
              header={
                <b>
                  {title}
                  {note && <span className="muted">（{note}）</span>}
                </b>
              }
              locale={{ emptyText: `无${title}` }}
              dataSource={[...items]}
              renderItem={(i) => (
                <List.Item>
                  {i.name}（最多 {i.points} 分）：{i.rule}
                </List.Item>
              )}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
