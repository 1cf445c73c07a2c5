import path from 'node:path';
import { z } from 'zod';

/** Server configuration, read from the environment; bad values stop the start. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1, 'PORT 必须是 1–65535 之间的整数').max(65535, 'PORT 必须是 1–65535 之间的整数').default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须以 postgres:// 或 postgresql:// 开头')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  DEMO_ITEMS: z.coerce.number().int().min(1, 'DEMO_ITEMS 须为正整数').max(100_000, 'DEMO_ITEMS 不能超过 100000').default(1400),
  SECURE_COOKIES: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  sessionIdleMinutes: number;
  secureCookies: boolean;
  demoItems: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置错误，无法启动：\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    secureCookies: e.SECURE_COOKIES,
    demoItems: e.DEMO_ITEMS,
  };
}
