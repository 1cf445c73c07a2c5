import { z } from 'zod';
import type { StreamKind } from '../documents/stream-words';

/** The keys of an import sheet's columns: a suggestion's, and a proposal's two more (提出方式, 提案单位). */
export type ImportColumnKey =
  | 'number'
  | 'title'
  | 'body'
  | 'category'
  | 'submissionType'
  | 'submitterOrg'
  | 'leadDeputy'
  | 'cosigners'
  | 'delegation'
  | 'period'
  | 'submittedOn'
  | 'handlingMode'
  | 'leadUnits'
  | 'coUnits'
  | 'leadingLeader'
  | 'assignedOn';

export interface ImportColumn {
  key: ImportColumnKey;
  header: string;
  required: boolean;
  width: number;
  note: string;
}

/** §6 the columns of the liaison office's suggestion list (.xlsx), in the template's order. */
export const IMPORT_COLUMNS = [
  { key: 'number', header: '编号', required: true, width: 12, note: '必填。本届次会议内唯一，如 2025-0001；不得与文件内其他行或系统中已有的编号重复' },
  { key: 'title', header: '标题', required: true, width: 40, note: '必填，不超过 200 字' },
  { key: 'body', header: '内容', required: true, width: 60, note: '必填，建议正文' },
  { key: 'category', header: '类别', required: false, width: 12, note: '选填。分类树中的名称（如“基础教育”）；同名时写上级/下级（如“教育/基础教育”）' },
  { key: 'leadDeputy', header: '领衔代表', required: true, width: 10, note: '必填。代表姓名，须为本级人大代表；重名时以“代表团”列区分' },
  { key: 'cosigners', header: '附议代表', required: false, width: 24, note: '选填。多人以“、”分隔；重名时写“姓名（代表团）”' },
  { key: 'delegation', header: '代表团', required: false, width: 16, note: '选填。领衔代表所在代表团名称，用于区分重名代表' },
  { key: 'period', header: '提出时段', required: true, width: 10, note: '必填。大会期间 或 闭会期间' },
  { key: 'submittedOn', header: '提出日期', required: true, width: 12, note: '必填。日期，如 2025-01-15（日期单元格或文本均可）' },
  { key: 'handlingMode', header: '办理方式', required: false, width: 10, note: '已交办件填写：单独办理、主办会办、分办、领导领办；不填则导入为“待交办”' },
  { key: 'leadUnits', header: '主办单位', required: false, width: 24, note: '已交办件填写承办单位名称；分办时写全部分办单位，以“、”分隔' },
  { key: 'coUnits', header: '会办单位', required: false, width: 24, note: '主办会办、领导领办时的会办单位，多个以“、”分隔' },
  { key: 'leadingLeader', header: '领办领导', required: false, width: 12, note: '领导领办时必填' },
  { key: 'assignedOn', header: '交办日期', required: false, width: 12, note: '已交办件必填：正式交办日期（各项办理期限的起算日），不得晚于今天' },
] as const satisfies readonly ImportColumn[];

const column = (key: ImportColumnKey) => IMPORT_COLUMNS.find((c) => c.key === key)!;

/**
 * §6, §8 the columns of the proposal committee's proposal list: the suggestion's, in a CPPCC committee's words
 * (第一提案人, 联名委员, 界别), with how it was submitted (提出方式: 个人, 联名, 集体) and, for a collective
 * proposal, the organization submitting it in its own name (R-CPPCC-1).
 */
export const PROPOSAL_IMPORT_COLUMNS: readonly ImportColumn[] = [
  column('number'),
  column('title'),
  { key: 'body', header: '内容', required: true, width: 60, note: '必填，提案正文' },
  column('category'),
  {
    key: 'submissionType',
    header: '提出方式',
    required: false,
    width: 10,
    note: '选填。个人、联名 或 集体；不填时：填写了“提案单位”为集体，填写了“联名委员”为联名，否则为个人',
  },
  {
    key: 'submitterOrg',
    header: '提案单位',
    required: false,
    width: 24,
    note: '集体提案必填：以本单位名义提出提案的党派、人民团体或专门委员会的名称；个人、联名提案不填',
  },
  {
    key: 'leadDeputy',
    header: '第一提案人',
    required: false,
    width: 10,
    note: '个人、联名提案必填：委员姓名，须为本届政协委员；重名时以“界别”列区分。集体提案可不填，默认为该单位的联系委员',
  },
  { key: 'cosigners', header: '联名委员', required: false, width: 24, note: '联名提案必填，多人以“、”分隔；重名时写“姓名（界别）”；集体提案不填' },
  { key: 'delegation', header: '界别', required: false, width: 16, note: '选填。第一提案人所在界别名称，用于区分重名委员' },
  column('period'),
  column('submittedOn'),
  column('handlingMode'),
  column('leadUnits'),
  column('coUnits'),
  column('leadingLeader'),
  column('assignedOn'),
];

/** The columns of a body's import sheet: a congress's suggestions, a CPPCC committee's proposals. */
export function importColumnsOf(kind: StreamKind): readonly ImportColumn[] {
  return kind === 'proposal' ? PROPOSAL_IMPORT_COLUMNS : IMPORT_COLUMNS;
}

export type ImportRow = Partial<Record<ImportColumnKey, string>>;

/** 提出方式 as the sheet writes it (R-CPPCC-1), with the full names the offices also use. */
export const SUBMISSION_TYPE_TEXT = {
  个人: 'individual',
  联名: 'joint',
  集体: 'collective',
  个人提案: 'individual',
  联名提案: 'joint',
  集体提案: 'collective',
} as const;
export const SUBMISSION_TYPE_CELL = { individual: '个人', joint: '联名', collective: '集体' } as const;

export const PERIOD_TEXT = { 大会期间: 'plenary', 闭会期间: 'interim' } as const;

export interface ImportError {
  row: number;
  column?: string;
  message: string;
}

/** POST /api/imports: the file as base64 (as attachments are uploaded). */
export const importBody = z.object({
  filename: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1).max(30_000_000, '文件不能超过 20 MB'),
  sessionId: z.coerce.number().int().positive().optional(),
  /** wait for the end (CLI, tests); else the answer comes at once and the client polls */
  wait: z.boolean().default(false),
});
export const importParams = z.object({ batchId: z.coerce.number().int().positive() });
export const sessionQuery = z.object({ sessionId: z.coerce.number().int().positive().optional() });
