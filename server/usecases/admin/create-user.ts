import type { Role } from '../../../domain/items/roles';
import { hashPassword } from '../../auth/passwords';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  congressId: number | null;
  organizationId?: number | null;
  deputyId?: number | null;
}

/**
 * Creates a user with the password's own argon2id hash (its own salt). `hash` is for demo and
 * test data only, where hundreds of accounts share one known password: `sharedDemoHash`.
 */
export async function createUser(db: Db, u: NewUser, hash: (password: string) => Promise<string> = hashPassword) {
  const [row] = await db
    .insert(users)
    .values({
      username: u.username,
      passwordHash: await hash(u.password),
      displayName: u.displayName,
      role: u.role,
      congressId: u.congressId,
      organizationId: u.organizationId ?? null,
      deputyId: u.deputyId ?? null,
    })
    .returning();
  return row;
}

const demoHashes = new Map<string, Promise<string>>();
/** One hash per distinct password, reused: demo and test accounts only (argon2id costs ~50 ms a call). */
export function sharedDemoHash(password: string): Promise<string> {
  if (!demoHashes.has(password)) demoHashes.set(password, hashPassword(password));
  return demoHashes.get(password)!;
}
