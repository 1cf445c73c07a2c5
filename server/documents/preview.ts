/**
 * `npm run docs:preview [outDir]` renders one reply letter and the annual
 * handling report (with the published figures of seed 001) to .docx, then —
 * when LibreOffice and poppler are installed — to PDF and to PNG pages, for a
 * look at the layout. The licensed fonts (方正小标宋, 仿宋_GB2312, 楷体_GB2312)
 * are mapped to Noto CJK only here, through a fontconfig file and a throwaway
 * LibreOffice profile; nothing in the documents or in the tests depends on it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharesOf } from '../../domain/stats/shares';
import { basicSituationText } from '../../domain/reports/report-text';
import { renderReplyLetter } from './reply-letter';
import { renderReport } from './report-docx';

const FONT_MAP: Record<string, string> = {
  方正小标宋简体: 'Noto Serif CJK SC',
  仿宋_GB2312: 'Noto Serif CJK SC',
  楷体_GB2312: 'Noto Serif CJK SC',
  黑体: 'Noto Sans CJK SC',
  宋体: 'Noto Serif CJK SC',
};

function fontsConf(): string {
  const aliases = Object.entries(FONT_MAP)
    .map(([from, to]) => `  <alias binding="same"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`)
    .join('\n');
  return `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${aliases}\n</fontconfig>\n`;
}

function has(cmd: string): boolean {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function samples(out: string): Promise<string[]> {
  const letter = await renderReplyLetter({
    resultClass: 'B',
    publicity: 'public',
    docNumber: '湘教函〔2026〕12号',
    signer: '王建华',
    title: '关于对湖南省第十四届人民代表大会第三次会议第2026-0123号建议的答复',
    addressees: ['张建国代表', '李秀英代表', '王志强代表'],
    body: [
      '您们提出的《关于加快推进农村饮水安全巩固提升工程的建议》收悉。经认真研究，现答复如下：',
      '一、基本情况',
      '近年来，我厅会同有关部门把农村饮水安全作为民生实事，累计投入资金12.6亿元，全省农村自来水普及率达到92%。',
      '二、下一步工作',
      '（一）加强规划统筹。将您们提出的意见纳入全省农村供水规划修编，分年度实施。',
      '（二）强化资金保障。积极争取中央预算内投资，统筹省级财政资金。',
      '感谢您们对教育和民生工作的关心和支持。',
    ].join('\n'),
    commitments: [{ content: '完成全省农村供水工程规划修编', targetDate: '2027-06-30' }],
    unitName: '湖南省教育厅',
    date: '2026-12-02',
    contactPerson: '李明',
    contactPhone: '0731-88888888',
    copies: ['湖南省人大常委会选举任免联络工作委员会', '湖南省人民政府办公厅'],
  });
  const [a, b, c] = sharesOf([40, 89, 20]);
  const [s, bs, ds] = sharesOf([117, 32, 0]);
  const report = await renderReport({
    title: '关于衡南县第十七届人民代表大会第四次会议代表建议、批评和意见办理情况的报告',
    issuer: '衡南县人民政府',
    addressee: '各位代表',
    intro: '现将衡南县第十七届人民代表大会第四次会议代表建议、批评和意见的办理情况报告如下，请予审议。',
    date: '2026-12-02',
    blocks: [
      {
        heading: '基本情况',
        text: basicSituationText(
          {
            items: 149,
            replied: 149,
            replyRate: 100,
            resultClasses: { A: { count: 40, share: a }, B: { count: 89, share: b }, C: { count: 20, share: c } },
            evaluations: { satisfied: { count: 117, share: s }, basicallySatisfied: { count: 32, share: bs }, dissatisfied: { count: 0, share: ds } },
            contacts: 268,
            contactRate: 100,
            units: 32,
          },
          { sessionName: '衡南县第十七届人民代表大会第四次会议' },
        ),
      },
      {
        heading: '主要做法及成效',
        text: '（一）明责任，在办理流程上下功夫。县政府及各承办单位在认真总结历年办理经验的基础上，不断创新工作举措，有效提高办理水平。\n（二）重沟通，在办理质量上下功夫。坚持先协商、后答复。',
      },
      { heading: '存在的问题', text: '（一）个别单位答复质量不高，答复内容针对性不强。\n（二）部分B类件落实进度较慢。' },
      { heading: '下一步工作', text: '（一）跟踪落实承诺事项，直至办结。\n（二）加强督查督办。' },
    ],
  });
  const files = [join(out, 'reply-letter.docx'), join(out, 'handling-report.docx')];
  await writeFile(files[0], letter);
  await writeFile(files[1], report);
  return files;
}

async function main() {
  const out = process.argv[2] ?? join(tmpdir(), 'jianyi-docs-preview');
  await mkdir(out, { recursive: true });
  const files = await samples(out);
  console.log(`已生成：${files.join('，')}`);
  if (!has('soffice') || !has('pdftoppm')) {
    console.log('未安装 LibreOffice 或 poppler：apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils');
    return;
  }
  const tmp = await mkdtemp(join(tmpdir(), 'jianyi-preview-'));
  const conf = join(tmp, 'fonts.conf');
  await writeFile(conf, fontsConf());
  const env = { ...process.env, FONTCONFIG_FILE: conf, HOME: tmp };
  for (const f of files) {
    execFileSync('soffice', [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, f], {
      env,
      stdio: 'ignore',
      timeout: 180_000,
    });
    const pdf = f.replace(/\.docx$/, '.pdf');
    if (!existsSync(pdf)) throw new Error(`LibreOffice 未能转换 ${f}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/, '')]);
  }
  console.log(
    `预览页：${(await readdir(out))
      .filter((f) => f.endsWith('.png'))
      .map((f) => join(out, f))
      .join('\n')}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
