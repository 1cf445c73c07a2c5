// No Zod here: the ledger page imports these without loading the form contracts.

/**
 * The ledger's columns (台账列), in their default order. The workbench's column
 * chooser and the .xlsx export share these keys, so an export has the columns
 * the user sees, in the user's order.
 */
export const LEDGER_COLUMNS = [
  'number',
  'title',
  'state',
  'myTask',
  'leadDeputy',
  'delegation',
  'leadUnits',
  'due',
  'replyDue',
  'handlingMode',
  'resultClass',
  'category',
  'submittedAt',
] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

export const LEDGER_COLUMN_LABELS: Record<LedgerColumn, string> = {
  number: '编号',
  title: '标题',
  state: '状态',
  myTask: '本单位任务',
  leadDeputy: '领衔代表',
  delegation: '代表团',
  leadUnits: '主办单位',
  due: '期限',
  replyDue: '答复期限',
  handlingMode: '办理方式',
  resultClass: '办理结果类别',
  category: '类别',
  submittedAt: '提出时间',
};

/** Columns shown until the user chooses: the rest are offered in the chooser. */
export const DEFAULT_LEDGER_COLUMNS: readonly LedgerColumn[] = ['number', 'title', 'state', 'myTask', 'leadDeputy', 'leadUnits', 'due', 'category'];
