import { Card, Result } from 'antd';
import { ToolOutlined } from '@ant-design/icons';

export default function PlaceholderPage({ title, description }: { title: string; description: string }) {
  return (
    <>
      <div className="page-title">
        <h1>{title}</h1>
      </div>
      <Card>
        <Result icon={<ToolOutlined style={{ color: '#8592a3' }} />} title="建设中" subTitle={description} />
      </Card>
    </>
  );
}
