/**
 * Deterministic Chinese demo corpus for the seed loader: organizations,
 * categories, people, suggestions, replies and the texts of every step.
 */
export * from './rng';
export * from './categories';
export * from './organizations';
export * from './people';
export * from './suggestions';
export * from './replies';
export { titleSubject, fieldOf, bankForTitle } from './title-subject';
export { CONTACT_METHOD_LABELS } from './feedback-phrases';
export type { TopicBank } from './topic-types';
export * from './proposals';
export * from './cppcc-bodies';
export * from './cppcc-members';
