/**
 * Statistics over two streams (§8, issue 14 §5/§7): one government office handles its congress's
 * deputies' suggestions and the proposals of the CPPCC committee beside it. The words a view of the
 * figures uses, the breakdowns only proposals have (提出方式, 党派), and the line that says what an
 * office handles — 承办全国和省代表建议政协提案 — as Hebei's requirements word it (seed 004).
 * Pure: shared by the server's answers, the dashboard and the printed tables.
 */
import { congressPlace } from '../documents/full-names';
import { PARTIES } from '../proposals/wording';

/** The streams a statistics scope may narrow to (absent: both). */
export const STATS_KINDS = ['suggestion', 'proposal'] as const;
export type StatsKind = (typeof STATS_KINDS)[number];

export const STATS_KIND_LABELS: Record<StatsKind, string> = { suggestion: '人大代表建议', proposal: '政协提案' };

/**
 * The streams a viewer's figures hold: a CPPCC committee's people see proposals, a congress's
 * suggestions; those who handle both (the government office, the units — `bothStreams`) see what
 * the scope's kind filter says, both when it says nothing. Their words: streamWords(viewKinds(…)).
 */
export function viewKinds(o: { body: 'congress' | 'cppcc'; bothStreams: boolean; kind?: StatsKind }): StatsKind[] {
  if (o.kind) return [o.kind];
  if (o.body === 'cppcc') return ['proposal'];
  return o.bothStreams ? ['suggestion', 'proposal'] : ['suggestion'];
}

/** The party row of members who have none recorded, and the row of proposals an organization submitted in its own name. */
export const PARTY_UNRECORDED = '未填写';
export const PARTY_COLLECTIVE = '集体提案（党派团体、专门委员会名义）';

/**
 * The order of the party rows: the parties as the CPPCC lists them (中国共产党 … 无党派人士), any other
 * recorded value after them by name, then 未填写, then the collective proposals.
 */
export function partyOrder(a: { party: string | null; collective: boolean }, b: { party: string | null; collective: boolean }): number {
  const rank = (r: { party: string | null; collective: boolean }) => {
    if (r.collective) return 3 * PARTIES.length;
    if (r.party === null) return 2 * PARTIES.length;
    const i = (PARTIES as readonly string[]).indexOf(r.party);
    return i >= 0 ? i : PARTIES.length;
  };
  return rank(a) - rank(b) || (a.party ?? '').localeCompare(b.party ?? '', 'zh-CN');
}

/** One body's items an office handles: its own congress's, the CPPCC committee's beside it, or a higher body's handed down (R-ASSIGN-4). */
export interface StreamCount {
  /** the body's name as stored: 湖南省人民代表大会, 政协湖南省委员会, 全国人民代表大会 */
  congressName: string;
  kind: string;
  items: number;
}

/** A stream named as the handling line says it: 湖南省人大代表建议, 湖南省政协提案, 全国人大代表建议. */
export function streamLabel(congressName: string, kind: string): string {
  const place = congressPlace(congressName);
  const what = kind === 'proposal' ? '政协提案' : kind === 'workOrder' ? '人大代表专线工单' : '人大代表建议';
  return `${place}${what}`;
}

/**
 * 承办湖南省人大代表建议 120 件、湖南省政协提案 80 件，共 200 件 (Hebei: 承办全国和省代表建议政协提案):
 * each stream's count in the order given, and the total; null when there is nothing.
 */
export function handlingLine(rows: readonly StreamCount[]): string | null {
  const shown = rows.filter((r) => r.items > 0);
  if (shown.length === 0) return null;
  const parts = shown.map((r) => `${streamLabel(r.congressName, r.kind)} ${r.items} 件`);
  const total = shown.reduce((n, r) => n + r.items, 0);
  return shown.length === 1 ? `承办${parts[0]}` : `承办${parts.join('、')}，共 ${total} 件`;
}
