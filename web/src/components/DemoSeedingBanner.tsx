import { Alert, Progress } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { DemoStatus } from '../api/types';

/**
 * While the first start's demo data is still being generated: how far it is, stream by stream, and that
 * one may look around but not yet act. Asked again every few seconds until it is done; then a note to
 * refresh for the rest.
 */
export function DemoSeedingBanner({ style }: { style?: React.CSSProperties }) {
  const [status, setStatus] = useState<DemoStatus | null>(null);
  const [wasRunning, setWasRunning] = useState(false);
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () =>
      api
        .demoStatus()
        .then((s) => {
          if (stop) return;
          setStatus(s);
          if (s.state === 'running') {
            setWasRunning(true);
            timer = setTimeout(ask, 3000);
          }
        })
        .catch(() => {
          if (!stop) timer = setTimeout(ask, 10000);
        });
    void ask();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, []);
  if (!status) return null;
  if (status.state === 'running') {
    const parts = status.streams.map((s) => `${s.label} ${s.done}/${s.total}`).join('，');
    return (
      <Alert
        type="info"
        showIcon
        style={style}
        title="演示数据正在生成"
        description={
          <>
            <div>{parts}。生成期间可以登录浏览，生成完毕后即可办理。</div>
            <Progress percent={status.percent} size="small" aria-label="演示数据生成进度" />
          </>
        }
      />
    );
  }
  if (status.state === 'failed') return <Alert type="error" showIcon style={style} title="演示数据生成失败，请查看服务日志后重新启动" />;
  if (wasRunning) return <Alert type="success" showIcon closable style={style} title="演示数据已全部生成，刷新页面即可查看" />;
  return null;
}
