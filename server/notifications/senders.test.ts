import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSenders, LogSender, SmtpSender } from './senders';

/** A minimal SMTP server on loopback that keeps each message it is given (enough for nodemailer's plain session). */
async function smtpSink() {
  const messages: { from: string; to: string[]; data: string }[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          messages.push(current);
          current = { from: '', to: [], data: '' };
          socket.write('250 OK queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === 'EHLO' || cmd === 'HELO') socket.write('250-sink\r\n250 8BITMIME\r\n');
        else if (cmd === 'MAIL') {
          current.from = line;
          socket.write('250 OK\r\n');
        } else if (cmd === 'RCPT') {
          current.to.push(line);
          socket.write('250 OK\r\n');
        } else if (cmd === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (cmd === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as net.AddressInfo;
  return { messages, url: `smtp://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

describe('senders (§7)', () => {
  it('SMTP: nodemailer hands the message to the server with the dedupe key as its Message-ID', async () => {
    const sink = await smtpSink();
    try {
      const sender = new SmtpSender(sink.url, '建议办理平台 <noreply@jianyi.local>');
      await sender.send({
        channel: 'email',
        to: 'office@example.org',
        subject: '每周催办提醒',
        body: '本单位尚有 3 件建议正在办理。',
        dedupeKey: 'o12-u4-email',
      });
      expect(sink.messages).toHaveLength(1);
      const m = sink.messages[0];
      expect(m.to.join()).toContain('office@example.org');
      expect(m.data).toMatch(/^Message-ID: <o12-u4-email@jianyi>$/m);
      // Chinese subject as a base64 encoded word, the body in base64: decode both.
      const subject = /^Subject: =\?UTF-8\?B\?(.+)\?=$/m.exec(m.data)![1];
      expect(Buffer.from(subject, 'base64').toString('utf8')).toBe('每周催办提醒');
      expect(m.data).toMatch(/^Content-Transfer-Encoding: base64$/m);
      const body = m.data.split('\r\n\r\n').slice(1).join('').replace(/\s+/g, '');
      expect(Buffer.from(body, 'base64').toString('utf8')).toBe('本单位尚有 3 件建议正在办理。');
    } finally {
      await sink.close();
    }
  });

  it('SMTP: a refused connection is an error the worker retries', async () => {
    const sender = new SmtpSender('smtp://127.0.0.1:1', 'x <x@y.z>');
    await expect(sender.send({ channel: 'email', to: 'a@b.c', subject: 's', body: 'b', dedupeKey: 'k' })).rejects.toThrow();
  });

  it('the development sender writes each message as a JSON line, and is the default for both channels', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-log-'));
    const senders = createSenders({ dataDir: dir, emailSender: 'log', mailFrom: 'x', smsSender: 'log', smsTemplate: '{}' });
    expect(senders.email).toBeInstanceOf(LogSender);
    await senders.sms.send({ channel: 'sms', to: '13800138000', subject: '超期督促', body: '请抓紧办理', dedupeKey: 'o1-u2-sms' });
    const lines = fs
      .readFileSync(path.join(dir, 'notifications.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([expect.objectContaining({ channel: 'sms', to: '13800138000', body: '请抓紧办理', dedupeKey: 'o1-u2-sms' })]);
  });
});
