import { writeFile } from 'node:fs/promises';
import { eq, or, sql } from 'drizzle-orm';
import { REPORT_KINDS, type ReportKind } from '../../domain/reports/report-text';
import { actorOf, type Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { organizations, sessions } from '../db/schema';
import { buildReportDocument } from '../queries/report-document';

export const REPORT_HELP = `report <会次代码或编号> [--scope unit:<编号>|category:<编号>|delegation:<编号>] [--kind handlingReport|keyItemsReport|unitAnalysis] [--force] --out <文件.docx>`;

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/**
 * `npm run cli -- report …` (R-STAT-3): writes a report as .docx, as the
 * congress's liaison office would download it (the sections as last saved in
 * the browser, or as prefilled). Returns the exit code.
 */
export async function reportCommand(db: Db, argv: string[], log: { log: (m: string) => void; error: (m: string) => void } = console): Promise<number> {
  const ref = argv[1];
  const out = option(argv, '--out');
  const kind = (option(argv, '--kind') ?? 'handlingReport') as ReportKind;
  const scope = option(argv, '--scope') ?? 'all';
  if (!ref || !out || ref.startsWith('--')) {
    log.error(`用法: npm run cli -- ${REPORT_HELP}`);
    return 2;
  }
  if (!REPORT_KINDS.includes(kind)) {
    log.error(`未知的报告类型：${kind}（可选 ${REPORT_KINDS.join('、')}）`);
    return 2;
  }
  const found = await db
    .select()
    .from(sessions)
    .where(/^\d+$/.test(ref) ? or(eq(sessions.id, Number(ref)), eq(sessions.code, ref)) : eq(sessions.code, ref));
  if (found.length !== 1) {
    log.error(found.length ? `会次代码 ${ref} 不唯一，请改用会次编号：${found.map((s) => `${s.id}（${s.name}）`).join('，')}` : `没有找到会次 ${ref}`);
    return 1;
  }
  const session = found[0];
  const [office] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(sql`${organizations.congressId} = ${session.congressId} and ${organizations.kind} = 'liaisonOffice'`);
  const actor: Actor = actorOf({
    userId: 0,
    username: 'cli',
    name: '命令行',
    role: 'liaisonOffice',
    congressId: session.congressId,
    organizationId: office?.id ?? null,
    deputyId: null,
  });
  const { buffer, filename } = await buildReportDocument(db, actor, { kind, sessionId: session.id, scope, force: argv.includes('--force') });
  await writeFile(out, buffer);
  log.log(`已生成 ${filename} → ${out}（${buffer.length} 字节）`);
  return 0;
}
