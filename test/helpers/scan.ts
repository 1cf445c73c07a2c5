import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import ts from 'typescript';
import { WEB_DIST } from '../../server/routes/web';

/** A rule id of ../shared/domain.md (R-REPLY-8): for comments in code, never for text a user sees. */
export const RULE_ID = /R-[A-Z]+-\d/;

/** Each rule id in `text`, with a little of its context, for the failure message. */
export function ruleIds(text: string): string[] {
  return [...text.matchAll(/[^]{0,40}R-[A-Z]+-\d[^]{0,40}/g)].map((m) => m[0].replace(/\s+/g, ' '));
}

/** Every file under `dir` (recursively), skipping node_modules. */
export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : filesUnder(p);
    return [p];
  });
}

const newest = (p: string): number =>
  fs.statSync(p).isDirectory() ? Math.max(0, ...filesUnder(p).map((f) => fs.statSync(f).mtimeMs)) : fs.statSync(p).mtimeMs;

/**
 * The built workbench: dist/web when it was built after its last source change
 * (CI builds it before the tests: nothing to do), else a build of its own into
 * a temporary folder (about 5 s), so that a stale or missing dist/web is never scanned.
 */
export async function workbenchBuild(): Promise<string> {
  const dist = process.env.E2E_WEB_DIST ?? WEB_DIST;
  const index = path.join(dist, 'index.html');
  const sources = ['web', 'domain', 'vite.config.ts'].map((p) => path.resolve(p));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= Math.max(...sources.map(newest))) return dist;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-bundle-'));
  // As `npm run build:web` builds it: a production build (vitest's NODE_ENV=test would keep React's development JSX).
  await promisify(execFile)(path.resolve('node_modules/.bin/vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return out;
}

/** A .docx or .xlsx read back: every XML part as it is (attributes too), and its text without the tags. */
export async function officeParts(buffer: Buffer): Promise<{ xml: string; text: string; parts: number }> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  const xml = (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).join('\n');
  return { xml, text: xml.replace(/<[^>]+>/g, ''), parts: names.length };
}

/** Every string literal, template text and JSX text in the TypeScript sources under `dirs` (tests left out), with where it is. */
export function stringLiterals(dirs: string[]): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const file of dirs.flatMap((d) => filesUnder(d)).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))) {
    const src = ts.createSourceFile(
      file,
      fs.readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const visit = (n: ts.Node) => {
      if (ts.isStringLiteralLike(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n) || ts.isJsxText(n)) {
        out.push({ where: `${path.relative('.', file)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}`, text: n.text });
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return out;
}
