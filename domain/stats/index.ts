export * from './shares';
export * from './unit-score';
export * from './streams';
export * from './result-classes';
export * from './targets';
