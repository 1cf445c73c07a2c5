/** A provincial handling unit (承办单位) as seeded for the demo congress. */
export interface UnitSeed {
  /** Short ASCII slug, unique. */
  code: string;
  name: string;
  shortName: string;
  kind: 'government' | 'court' | 'procuratorate' | 'company' | 'other';
  /** Internal divisions (处室) that handlers belong to. */
  divisions: string[];
  /** Top-level category names (see CATEGORIES) the unit usually handles. */
  categories: string[];
}
