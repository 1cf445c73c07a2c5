import type { FastifyReply } from 'fastify';
import { XLSX_MIME } from '../documents/import-sheet';

/** Sends an .xlsx download: an ASCII fallback name for old clients, the Chinese name in filename* (RFC 6266/5987). */
export function sendXlsx(reply: FastifyReply, f: { buffer: Buffer; filename: string }, fallback = 'export.xlsx') {
  reply.header('content-type', XLSX_MIME);
  reply.header('content-disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(f.filename)}`);
  return reply.send(f.buffer);
}
