export * from './organizations';
export * from './users';
export * from './items';
export * from './handling';
export * from './rules';
export * from './saved-views';
