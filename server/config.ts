import path from 'node:path';
import { z } from 'zod';
import type { SenderConfig } from './notifications/senders';

/** Server configuration, read from the environment; bad values stop the start. */
const envSchema = z
  .object({
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
    SECURE_COOKIES: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    // Issue 4 §7–8: the background worker (jobs, outbox, e-mail/SMS) and its senders.
    WORKER: z
      .enum(['true', 'false'], { message: 'WORKER 只能是 true 或 false' })
      .default('true')
      .transform((v) => v === 'true'),
    WORKER_INTERVAL_MS: z.coerce.number().int().min(200, 'WORKER_INTERVAL_MS 不能小于 200').max(600_000).default(5000),
    DELIVERY_LEASE_SECONDS: z.coerce.number().int().min(1, 'DELIVERY_LEASE_SECONDS 须为正整数').max(3600).default(60),
    NOTIFY_EMAIL: z.enum(['log', 'smtp'], { message: 'NOTIFY_EMAIL 只能是 log 或 smtp' }).default('log'),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL 必须以 smtp:// 或 smtps:// 开头')
      .optional(),
    MAIL_FROM: z.string().min(3).default('建议办理平台 <noreply@jianyi.local>'),
    NOTIFY_SMS: z.enum(['log', 'http'], { message: 'NOTIFY_SMS 只能是 log 或 http' }).default('log'),
    SMS_GATEWAY_URL: z
      .string()
      .regex(/^https?:\/\//, 'SMS_GATEWAY_URL 必须以 http:// 或 https:// 开头')
      .optional(),
    SMS_TEMPLATE: z
      .string()
      .refine((t) => t.includes('{{mobile}}') && t.includes('{{content}}'), 'SMS_TEMPLATE 须包含 {{mobile}} 和 {{content}}')
      .default('{"mobile":"{{mobile}}","content":"{{content}}","outId":"{{dedupeKey}}"}'),
  })
  .refine((e) => e.NOTIFY_EMAIL !== 'smtp' || e.SMTP_URL, { path: ['SMTP_URL'], message: 'NOTIFY_EMAIL=smtp 时须设置 SMTP_URL' })
  .refine((e) => e.NOTIFY_SMS !== 'http' || e.SMS_GATEWAY_URL, { path: ['SMS_GATEWAY_URL'], message: 'NOTIFY_SMS=http 时须设置 SMS_GATEWAY_URL' });

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  sessionIdleMinutes: number;
  secureCookies: boolean;
  demoItems: number;
  worker: boolean;
  workerIntervalMs: number;
  deliveryLeaseMs: number;
  senders: Omit<SenderConfig, 'dataDir'>;
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
    worker: e.WORKER,
    workerIntervalMs: e.WORKER_INTERVAL_MS,
    deliveryLeaseMs: e.DELIVERY_LEASE_SECONDS * 1000,
    senders: {
      emailSender: e.NOTIFY_EMAIL,
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      smsSender: e.NOTIFY_SMS,
      smsGatewayUrl: e.SMS_GATEWAY_URL,
      smsTemplate: e.SMS_TEMPLATE,
    },
  };
}
