import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

/** One e-mail or SMS; `dedupeKey` is stable across retries so the far side can recognise a repeat. */
export interface OutgoingMessage {
  channel: 'email' | 'sms';
  to: string;
  subject: string;
  body: string;
  dedupeKey: string;
}

/** Every channel's sender has this one method; it throws when the message was not accepted. */
export interface Sender {
  send(m: OutgoingMessage): Promise<void>;
}

export type Senders = Record<'email' | 'sms', Sender>;

/** Development sender: appends each message as a JSON line to a log file (and nothing leaves the machine). */
export class LogSender implements Sender {
  constructor(private file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  async send(m: OutgoingMessage): Promise<void> {
    await fs.promises.appendFile(this.file, `${JSON.stringify({ at: new Date().toISOString(), ...m })}\n`);
  }
}

/** E-mail over SMTP (nodemailer); the dedupe key becomes the Message-ID, so a resend is the same message. */
export class SmtpSender implements Sender {
  private transport: Transporter;
  constructor(
    smtpUrl: string,
    private from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }
  async send(m: OutgoingMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: m.to,
      subject: m.subject,
      text: m.body,
      messageId: `<${m.dedupeKey.replace(/[^A-Za-z0-9._:-]/g, '-')}@jianyi>`,
    });
  }
}

/**
 * SMS through an HTTP gateway: POSTs the template (JSON) with {{mobile}},
 * {{content}} and {{dedupeKey}} filled in (JSON-escaped), and sends the dedupe
 * key as the Idempotency-Key header. Any answer but 2xx is a failure.
 */
export class HttpSmsSender implements Sender {
  constructor(
    private url: string,
    private template: string,
    private signature = '【建议办理】',
    private timeoutMs = 10_000,
  ) {}
  async send(m: OutgoingMessage): Promise<void> {
    const fill = (v: string) => JSON.stringify(v).slice(1, -1);
    const body = this.template
      .replaceAll('{{mobile}}', fill(m.to))
      .replaceAll('{{content}}', fill(`${this.signature}${m.body}`))
      .replaceAll('{{dedupeKey}}', fill(m.dedupeKey));
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': m.dedupeKey },
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw new Error(`短信网关返回 ${res.status}：${(await res.text()).slice(0, 200)}`);
  }
}

export interface SenderConfig {
  dataDir: string;
  emailSender: 'log' | 'smtp';
  smtpUrl?: string;
  mailFrom: string;
  smsSender: 'log' | 'http';
  smsGatewayUrl?: string;
  smsTemplate: string;
}

/** The senders the configuration names (config.ts refuses an smtp/http choice without its URL). */
export function createSenders(c: SenderConfig): Senders {
  const log = new LogSender(path.join(c.dataDir, 'notifications.log'));
  return {
    email: c.emailSender === 'smtp' && c.smtpUrl ? new SmtpSender(c.smtpUrl, c.mailFrom) : log,
    sms: c.smsSender === 'http' && c.smsGatewayUrl ? new HttpSmsSender(c.smsGatewayUrl, c.smsTemplate) : log,
  };
}
