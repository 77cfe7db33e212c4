import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Answers } from '../../domain/answers.ts';
import type { RememberedContact } from './contact.ts';
import { loadContact, rememberContact } from './contact.ts';
import type { Draft, DraftLocation, PendingStep } from './draft.ts';
import { clearDraft, discardDrafts, loadDraft, newEscalationId, saveDraft } from './draft.ts';
import { DRAFT_VERSION } from './peek.ts';
import { browserStorage } from '../../api/browserStorage.ts';

/*
 * The escalation in progress, autosaved. Commits are written at once; typing into a step is
 * written after a short pause (and flushed when the page hides or the app unmounts), so a reload
 * or a crash loses at most a fraction of a second of typing.
 */

const TYPING_DELAY_MS = 300;

/** 'saved': on this device. 'memoryOnly': storage is full or blocked; the tab holds the work. */
export type SaveState = 'idle' | 'saved' | 'memoryOnly';

export interface DraftSession {
  readonly escalationId: string;
  readonly answers: Answers;
  readonly location: DraftLocation | undefined;
  readonly pending: PendingStep | undefined;
  readonly rememberedContact: RememberedContact | undefined;
  /** Some question has been answered: there is work to resume or to lose. */
  readonly hasAnswers: boolean;
  /** Set when a saved draft could not be used and the user starts afresh. */
  readonly discardedNotice: boolean;
  readonly saveState: SaveState;
  readonly commit: (answers: Answers) => void;
  readonly keepPending: (pending: PendingStep) => void;
  readonly setLocation: (location: DraftLocation) => void;
  /** The report was copied, downloaded, e-mailed or submitted: leaving no longer loses work. */
  readonly markTakenAway: () => void;
  readonly startAgain: () => void;
}

export function useDraft(storage: Storage | undefined = browserStorage()): DraftSession {
  const [loaded] = useState(() => loadDraft(storage));
  // Storage changes only once the page is committed: a render React throws away must not remove
  // the draft, or the next render finds none and no notice is shown.
  useEffect(() => {
    discardDrafts(storage, loaded.discard);
  }, [storage, loaded]);
  const initial = loaded.status === 'loaded' ? loaded.draft : undefined;
  const [escalationId, setEscalationId] = useState(
    () => initial?.escalationId ?? newEscalationId(),
  );
  const [answers, setAnswers] = useState<Answers>(initial?.answers ?? {});
  const [location, setLocationState] = useState(initial?.location);
  const [pending, setPending] = useState(initial?.pending);
  const [discardedNotice, setDiscardedNotice] = useState(loaded.status === 'discarded');
  const [saveState, setSaveState] = useState<SaveState>(storage ? 'idle' : 'memoryOnly');
  const [rememberedContact, setRememberedContact] = useState(() => loadContact(storage));
  const [takenAway, setTakenAway] = useState(false);

  // The latest draft, for the timer and the flush on page hide to write.
  const latest = useRef<Omit<Draft, 'savedAt' | 'version'>>({
    escalationId,
    answers,
    location,
    pending,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const write = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const draft: Draft = {
      version: DRAFT_VERSION,
      ...latest.current,
      savedAt: new Date().toISOString(),
    };
    setSaveState(saveDraft(storage, draft) ? 'saved' : 'memoryOnly');
  }, [storage]);

  useEffect(() => {
    const flush = () => {
      if (timer.current !== undefined) write();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [write]);

  const hasAnswers = Object.keys(answers).length > 0;
  useEffect(() => {
    if (!hasAnswers || takenAway) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [hasAnswers, takenAway]);

  const commit = useCallback(
    (next: Answers) => {
      latest.current = { ...latest.current, answers: next, pending: undefined };
      setAnswers(next);
      setPending(undefined);
      setTakenAway(false);
      setDiscardedNotice(false);
      rememberContact(storage, next);
      setRememberedContact((previous) => contactOf(next) ?? previous);
      write();
    },
    [storage, write],
  );

  const keepPending = useCallback(
    (next: PendingStep) => {
      latest.current = { ...latest.current, pending: next };
      setPending(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(write, TYPING_DELAY_MS);
    },
    [write],
  );

  const setLocation = useCallback(
    (next: DraftLocation) => {
      if (latest.current.location === next) return;
      latest.current = { ...latest.current, location: next };
      setLocationState(next);
      if (Object.keys(latest.current.answers).length > 0) write();
    },
    [write],
  );

  const startAgain = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const id = newEscalationId();
    latest.current = { escalationId: id, answers: {}, location: undefined, pending: undefined };
    clearDraft(storage);
    setEscalationId(id);
    setAnswers({});
    setLocationState(undefined);
    setPending(undefined);
    setTakenAway(false);
    setDiscardedNotice(false);
    setSaveState(storage ? 'idle' : 'memoryOnly');
  }, [storage]);

  const markTakenAway = useCallback(() => {
    setTakenAway(true);
  }, []);

  return useMemo(
    () => ({
      escalationId,
      answers,
      location,
      pending,
      rememberedContact,
      hasAnswers,
      discardedNotice,
      saveState,
      commit,
      keepPending,
      setLocation,
      markTakenAway,
      startAgain,
    }),
    [
      escalationId,
      answers,
      location,
      pending,
      rememberedContact,
      hasAnswers,
      discardedNotice,
      saveState,
      commit,
      keepPending,
      setLocation,
      markTakenAway,
      startAgain,
    ],
  );
}

// Also held in memory, so a blocked storage still remembers the contact for this session.
function contactOf(answers: Answers): RememberedContact | undefined {
  const { contactName, company, callbackNumber, email } = answers;
  return contactName && company && callbackNumber
    ? { contactName, company, callbackNumber, email }
    : undefined;
}
