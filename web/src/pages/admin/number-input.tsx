import { InputNumber } from 'antd';

/** A whole-number input with its unit and bounds, as the rules cards show them. */
export const num = (suffix: string, max: number, min = 0) => <InputNumber min={min} max={max} precision={0} suffix={suffix} style={{ width: 180 }} />;
