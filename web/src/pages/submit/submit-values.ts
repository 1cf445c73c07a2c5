import type { UploadFile } from 'antd';

/** The submit form's values (a draft keeps all but the files). */
export interface SubmitValues {
  sessionId?: number;
  title?: string;
  body?: string;
  categoryId?: number | null;
  period: 'plenary' | 'interim';
  cosignerDeputyIds: number[];
  files?: UploadFile[];
}
