import { Alert, Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

export function PageLoading({ tip = '正在加载…' }: { tip?: string }) {
  return (
    <div style={{ padding: '64px 0', textAlign: 'center' }}>
      <Spin size="large" />
      <div className="muted" style={{ marginTop: 12 }}>
        {tip}
      </div>
    </div>
  );
}

/** A failed load: the server's Chinese message and a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const status = error instanceof ApiError ? error.status : 0;
  const message = error instanceof ApiError ? error.message : '加载失败，请稍后重试';
  if (status === 404 || status === 403) {
    return <Result status={status === 404 ? '404' : '403'} title={status === 404 ? '未找到' : '无权查看'} subTitle={message} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      title="加载失败"
      description={message}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        )
      }
    />
  );
}

export function EmptyState({ description, children }: { description: ReactNode; children?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} style={{ padding: '32px 0' }}>
      {children}
    </Empty>
  );
}
