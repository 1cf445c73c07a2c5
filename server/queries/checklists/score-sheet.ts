/** What the assessment's score sheet prints (Word and Excel): the county, its liaison office, the assessment as the page shows it. */
import { sql } from 'drizzle-orm';
import { congressPlace, fullOfficeName } from '../../../domain/documents/full-names';
import { domainError } from '../../../domain/errors';
import { todayInShanghai } from '../../../domain/deadlines';
import type { Actor } from '../../auth/actor';
import { checklistScope } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';
import { getAssessment } from './assessment';

export type ScoreSheet = Awaited<ReturnType<typeof loadScoreSheet>>;

export async function loadScoreSheet(db: Db, actor: Actor, year: number, now?: Date) {
  const scope = await checklistScope(db, actor);
  const a = await getAssessment(db, actor, year, now);
  if (!a.scheme || a.state === null) throw domainError('ASSESSMENT_NOT_SET_UP', { year });
  const [c] = await queryRows<{ name: string; office: string | null }>(
    db,
    sql`select c.name, (select o.name from organizations o where o.congress_id = c.id and o.kind = 'liaisonOffice' order by o.id limit 1) as office
        from congresses c where c.id = ${scope.countyId}`,
  );
  const place = congressPlace(c.name);
  const day = a.finalizedAt ? todayInShanghai(new Date(a.finalizedAt)) : todayInShanghai(now);
  return {
    ...a,
    scheme: a.scheme,
    place,
    issuer: c.office ? fullOfficeName(c.name, c.office) : `${place}人大常委会`,
    title: `${place}${year}年度乡镇人大工作考核评分表`,
    day,
    filename: `${place}${year}年度乡镇人大工作考核评分表`,
  };
}
