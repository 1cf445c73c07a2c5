import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Table } from 'antd';
import { ApiError } from '../../api/client';
import { reportsApi } from '../../api/reports';
import type { BulletinHeader } from '../../api/supervision';
import { LoadError } from '../../components/PageStates';

/** 办理进度通报 (R-SUP-4): every bulletin, each downloaded as Word. */
export function BulletinTable({ bulletins }: { bulletins: { data: BulletinHeader[] | null; error: unknown; reload: () => void } }) {
  const { message } = App.useApp();
  return (
    <Card title="办理进度通报">
      {bulletins.error ? (
        <LoadError error={bulletins.error} onRetry={bulletins.reload} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          loading={!bulletins.data}
          dataSource={bulletins.data ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: '期号', dataIndex: 'number', width: 140 },
            { title: '标题', dataIndex: 'title' },
            { title: '落后单位', dataIndex: 'unitsBehind', width: 90, align: 'right' },
            {
              title: '',
              key: 'dl',
              width: 120,
              render: (_, b) => (
                <Button
                  size="small"
                  icon={<FileWordOutlined />}
                  onClick={() => reportsApi.downloadBulletin(b.id).catch((e) => message.error(e instanceof ApiError ? e.message : '下载失败'))}
                >
                  下载 Word
                </Button>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
