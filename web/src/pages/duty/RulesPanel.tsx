import { duty } from '../../api/duty';
import { useLoad } from '../../lib/useLoad';
import { RulesModal } from './RulesModal';

/** Loads the year's rulebook, then shows it in the editor (read only for those who may not edit). */
export function RulesPanel({ year, onClose, onChanged }: { year: number; onClose: () => void; onChanged: () => void }) {
  const { data } = useLoad((signal) => duty.rules(year, signal), [year]);
  return data ? <RulesModal book={data} onClose={onClose} onChanged={onChanged} /> : null;
}
