import { z } from 'zod';
import { version } from './common';

const email = z.string().trim().max(200).email('邮箱地址格式不正确');
const mobile = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '手机号码应为 11 位数字，以 1 开头');

/** §7 a user's notification preferences: external channels and the message types muted there. */
export const notificationPreferencesBody = z
  .object({
    emailEnabled: z.boolean(),
    email: email.nullish().or(z.literal('').transform(() => null)),
    smsEnabled: z.boolean(),
    mobile: mobile.nullish().or(z.literal('').transform(() => null)),
    mutedTypes: z.array(z.string().min(1).max(50)).max(100),
    /** the version the user saw; absent for the first save */
    version: version.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.emailEnabled && !v.email) ctx.addIssue({ code: 'custom', path: ['email'], message: '开启邮件提醒须填写邮箱地址' });
    if (v.smsEnabled && !v.mobile) ctx.addIssue({ code: 'custom', path: ['mobile'], message: '开启短信提醒须填写手机号码' });
  });
export type NotificationPreferencesBody = z.input<typeof notificationPreferencesBody>;
