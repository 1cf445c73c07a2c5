import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** 打印: opens a print view (web/src/pages/print/) in a new tab, where the 打印 button there prints it. */
export function PrintButton({ to, label = '打印', size, type }: { to: string; label?: string; size?: 'small' | 'middle'; type?: 'default' | 'link' | 'text' }) {
  return (
    <Button icon={<PrinterOutlined />} href={to} target="_blank" rel="noopener" size={size} type={type}>
      {label}
    </Button>
  );
}
