import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { partOf, type Role } from '../../../domain/items/roles';
import { actorOf } from '../../auth/actor';
import type { Db } from '../../db/client';
import { congresses, sessions, users } from '../../db/schema';
import { startImport } from './import-items';

const option = (argv: string[], name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

/**
 * `import <file.xlsx> [--session <code>] [--user <liaison username>]`: imports
 * items as the congress's liaison office (the first liaison account, or the one
 * named — also a CPPCC committee's proposal committee, which imports proposals),
 * printing progress and every row error; 0 when done, 1 when rejected.
 */
export async function importCommand(db: Db, argv: string[]): Promise<number> {
  const file = argv[1];
  if (!file || file.startsWith('--')) {
    console.error('用法：npm run cli -- import <文件.xlsx> [--session <届次代码>] [--user <联工委账号>]');
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`文件不存在：${file}`);
    return 2;
  }
  const username = option(argv, '--user');
  const [user] = await db
    .select()
    .from(users)
    .where(
      and(
        username ? inArray(users.role, ['liaisonOffice', 'proposalCommittee']) : eq(users.role, 'liaisonOffice'),
        isNull(users.disabledAt),
        username ? eq(users.username, username) : undefined,
      ),
    )
    .orderBy(asc(users.id))
    .limit(1);
  if (!user?.congressId) {
    console.error(username ? `找不到联工委账号 ${username}` : '系统中没有联工委账号，无法确定导入到哪一级人大');
    return 2;
  }
  const code = option(argv, '--session');
  let sessionId: number | undefined;
  if (code) {
    const [s] = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.congressId, user.congressId), eq(sessions.code, code)));
    if (!s) {
      console.error(`找不到届次代码 ${code}`);
      return 2;
    }
    sessionId = s.id;
  }
  const [body] = await db.select({ body: congresses.body, besideId: congresses.besideId }).from(congresses).where(eq(congresses.id, user.congressId));
  const cppcc = body?.body === 'cppcc';
  const actor = actorOf({
    userId: user.id,
    username: user.username,
    name: user.displayName,
    role: partOf(user.role as Role),
    userRole: user.role as Role,
    congressId: user.congressId,
    organizationId: user.organizationId,
    deputyId: null,
    body: cppcc ? 'cppcc' : 'congress',
    unitsCongressId: cppcc ? (body.besideId ?? user.congressId) : user.congressId,
  });
  const t = Date.now();
  let shown = -1;
  const { batch, done } = await startImport(
    { db, actor },
    {
      filename: path.basename(file),
      buffer: fs.readFileSync(file),
      sessionId,
      onPhase: (phase, ms) => console.log(`  ${{ read: '读取文件', check: '逐行校验', write: '写入数据库' }[phase]}：${(ms / 1000).toFixed(1)} 秒`),
      onProgress: (processed, total) => {
        const pct = Math.floor((processed / total) * 10);
        if (pct > shown) {
          shown = pct;
          console.log(`  已校验 ${processed}/${total} 行`);
        }
      },
    },
  );
  console.log(`导入批次 #${batch.id}：${file}`);
  const b = await done;
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (b.state === 'done') {
    console.log(`导入完成：${b.imported} 件${cppcc ? '提案' : '建议'}（${secs} 秒）`);
    return 0;
  }
  console.error(`导入失败，未写入任何数据（${b.errors.length} 处错误）：`);
  for (const e of b.errors) console.error(`  ${e.message}`);
  return 1;
}
