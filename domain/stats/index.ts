export * from './shares';
export * from './unit-score';
export * from './streams';
