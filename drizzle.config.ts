import { defineConfig } from 'drizzle-kit';

// Migrations are generated from server/db/schema and committed; CI regenerates
// them and fails on a diff. They are applied in code (migrate() in server/db/client.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema/index.ts',
  out: './server/db/migrations',
  casing: 'snake_case',
});
