/** Name data for the demo corpus, by kind: surnames, given-name characters (and blocked names), place and company syllables. */
export { SURNAMES } from './name-surnames';
export { BLOCKED_NAMES, FEMALE_CHARS, MALE_CHARS, NEUTRAL_CHARS } from './name-given';
export { BRAND_CHARS, COMPANY_TRADES, PLACE_CHARS_A, PLACE_CHARS_B } from './name-places';
