/**
 * The tree of bodies in one deployment (issue 16 §1): people's congresses from the national level
 * down to townships, and beside each the CPPCC committee (政协) where one exists. Pure names and
 * orderings shared by the server and the workbench.
 */
export const LEVELS = ['national', 'province', 'city', 'county', 'township'] as const;
export type Level = (typeof LEVELS)[number];

export const BODIES = ['congress', 'cppcc'] as const;
export type Body = (typeof BODIES)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  national: '全国',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇',
};
