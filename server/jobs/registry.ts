import { generateScheduledBulletins } from '../usecases/supervision/generate-scheduled-bulletins';
import type { JobDef } from './types';

/**
 * Every scheduled job (issue 4 §8). The scheduler inserts a row per job on
 * start; each job decides per congress whether today is its day (the rules
 * profile's weekdays, holidays), so the schedule only says when to look.
 */
export const JOBS: JobDef[] = [
  { name: 'monthlyBulletin', schedule: 'daily 07:30', label: '月度办理进度通报', run: generateScheduledBulletins },
];
