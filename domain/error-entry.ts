/** The shape of an error catalog entry, shared by the catalog's files (./error-codes.ts, ./error-codes-streams.ts). */

/** What went wrong, as far as the caller is concerned; error-handler.ts gives each its HTTP status. */
export type ErrorKind =
  'invalid' | 'unauthenticated' | 'forbidden' | 'notFound' | 'conflict' | 'rule' | 'locked' | 'tooLarge' | 'unsupportedMediaType' | 'unavailable' | 'internal';

/** One catalog entry; a function receives the parameters the throw site passes. */
export interface ErrorEntry {
  readonly kind: ErrorKind | ((params: never) => ErrorKind);
  readonly message: string | ((params: never) => string);
}

/** A code whose message (and, if `kind` is a table, kind) depends on the variant the site names. */
export function variants<V extends Record<string, string>>(kind: ErrorKind | { readonly [K in keyof V]: ErrorKind }, messages: V) {
  type Variant = { variant: Extract<keyof V, string> };
  return {
    kind: typeof kind === 'string' ? kind : (p: Variant) => kind[p.variant],
    message: (p: Variant) => messages[p.variant],
    /** the variants' names, so that every text of the catalog can be listed (test/no-internal-codes.test.ts) */
    variants: Object.keys(messages) as Extract<keyof V, string>[],
  };
}
