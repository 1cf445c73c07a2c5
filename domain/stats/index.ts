export * from './shares';
export * from './unit-score';
