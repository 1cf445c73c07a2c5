export * from './dates';
export * from './calendar';
export * from './duration';
export * from './rules-profile';
export * from './presets';
export * from './light';
