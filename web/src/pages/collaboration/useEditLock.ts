import { useCallback, useEffect, useRef, useState } from 'react';
import { EDIT_LOCK_HEARTBEAT_SECONDS } from '../../../../domain/collaboration/edit-locks';
import { collaboration, type EditLock, type EditLockAnswer, type EditLockKind } from '../../api/collaboration';

export interface EditLockState {
  /** another user's live lock, while they hold it (null: the form's user holds it, or the lock is unavailable) */
  heldBy: EditLock | null;
  /** a take-over in flight */
  busy: boolean;
  /** 接管编辑: takes the lock from its holder, who is told; rejects with the server's error */
  takeOver: () => Promise<void>;
}

/**
 * The soft edit lock of a form (issue 13 §9): taken when the form opens, renewed every
 * minute while it is open (and taken as soon as another holder lets go or lapses),
 * released when it closes. Soft: a failed call blocks nothing — saving is still guarded
 * by the version check (409).
 */
export function useEditLock(itemId: number, what: EditLockKind): EditLockState {
  const [heldBy, setHeldBy] = useState<EditLock | null>(null);
  const [busy, setBusy] = useState(false);
  // One call at a time, in order: a release never overtakes the acquire before it (nor the reverse).
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback(<T>(call: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(call, call);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);
  const shown = useRef(true);
  const show = (a: EditLockAnswer) => shown.current && setHeldBy(a.status === 'heldByOther' ? a.lock : null);

  useEffect(() => {
    shown.current = true;
    const beat = () => void enqueue(() => collaboration.acquireLock(itemId, what)).then(show, () => undefined);
    beat();
    const timer = window.setInterval(beat, EDIT_LOCK_HEARTBEAT_SECONDS * 1000);
    return () => {
      shown.current = false;
      window.clearInterval(timer);
      void enqueue(() => collaboration.releaseLock(itemId, what)).catch(() => undefined);
    };
    // `show` and `enqueue` only touch refs and state setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemId, what]);

  const takeOver = useCallback(async () => {
    setBusy(true);
    try {
      show(await enqueue(() => collaboration.acquireLock(itemId, what, true)));
    } finally {
      setBusy(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemId, what]);

  return { heldBy, busy, takeOver };
}
