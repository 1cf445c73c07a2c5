import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply } from 'fastify';
import { notFound } from '../../domain/errors';

/**
 * Streams an uploaded file (an item's attachment, a checklist's or a duty record's evidence) from the data
 * directory with the media type and name it was uploaded with; a row whose file is gone is a 404 naming `what`.
 */
export function sendStoredFile(reply: FastifyReply, dataDir: string, f: { storagePath: string; mimeType: string; filename: string }, what: string) {
  const file = path.join(dataDir, f.storagePath);
  if (!fs.existsSync(file)) throw notFound(what);
  reply.header('content-type', f.mimeType);
  reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.filename)}`);
  return reply.send(fs.createReadStream(file));
}
