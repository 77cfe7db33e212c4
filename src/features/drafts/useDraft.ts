import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browserStorage } from '../../api/browserStorage.ts';
import type { Answers, FieldName, StepId } from '../../domain/answers.ts';
import type { FormValue, FormValues } from '../../domain/validation.ts';
import type { RememberedContact } from './contact.ts';
import { contactOf, loadContact, rememberContact } from './contact.ts';
import type { Draft } from './draft.ts';
import { emptyDraft, hasAnswers as draftHasAnswers } from './draft.ts';
import {
  TAB_ID,
  allDrafts,
  currentDraftId,
  draftChanges,
  draftStore,
  keepUnsavedDraft,
  loadDraft,
  migrateOldDraft,
  saveDraft,
  setCurrentDraftId,
  tidyDrafts,
  unsavedDraft,
} from './draftStore.ts';

/*
 * The escalation this tab works on, autosaved. Commits are written at once; typing into a step is
 * written after a short pause (and flushed when the page hides), so a reload or a crash loses at
 * most a fraction of a second of typing. Another tab's save of the same draft is taken over when
 * this tab has nothing unsaved, and shown as a conflict when it has: never overwritten silently.
 */

const TYPING_DELAY_MS = 300;

/** 'saved': on this device. 'memoryOnly': storage is full or blocked; the tab holds the work. */
export type SaveState = 'idle' | 'saved' | 'memoryOnly';

/** Something to tell the user about this draft, once. */
export type DraftNotice =
  'discarded' | 'partlyRestored' | 'movedFromOldVersion' | 'changedElsewhere' | undefined;

export interface DraftSession {
  /** False until the draft was read from the device. */
  readonly ready: boolean;
  readonly escalationId: string;
  readonly answers: Answers;
  readonly pending: Partial<Record<StepId, FormValues>>;
  readonly fromFoc: Partial<Record<FieldName, FormValue>>;
  readonly focText: string | undefined;
  readonly done: boolean;
  readonly hasAnswers: boolean;
  /** Nothing answered, typed or pasted yet: a new escalation can use this draft as it is. */
  readonly untouched: boolean;
  readonly rememberedContact: RememberedContact | undefined;
  readonly saveState: SaveState;
  readonly notice: DraftNotice;
  /** Another tab saved this draft while this one had unsaved changes. */
  readonly conflict: Draft | undefined;
  /** Grows when the answers changed other than through the current form (FOC, another tab). */
  readonly revision: number;
  readonly commit: (answers: Answers, step?: StepId) => void;
  readonly keepPending: (step: StepId, values: FormValues) => void;
  readonly applyFoc: (answers: Answers, filled: Partial<Record<FieldName, FormValue>>) => void;
  readonly keepFocText: (text: string | undefined) => void;
  readonly markDone: () => void;
  readonly startNew: (options?: { like?: boolean }) => void;
  /** Opens a saved draft (the start page's "Continue"). */
  readonly open: (id: string) => Promise<boolean>;
  readonly resolveConflict: (keep: 'mine' | 'theirs') => void;
  readonly dismissNotice: () => void;
  /** Saves what waits now; resolves once it is written. */
  readonly flush: () => Promise<void>;
}

/** What "New escalation like this one" copies: the order's identifiers and the contact. */
const LIKE_FIELDS: readonly FieldName[] = [
  'reqtyp',
  'pon',
  'ver',
  'state',
  'focReceived',
  'focDate',
  'dueDate',
  'telephoneNumbers',
  'serviceOrders',
  'loopCircuitId',
  'circuitId',
  'endUserName',
  'serviceAddress',
  'contactName',
  'company',
  'companyCode',
  'callbackNumber',
  'email',
];

/** The draft this tab opens: its own, else the newest unfinished one (a fresh tab's deep link). */
async function initialDraft(): Promise<{ draft: Draft; notice: DraftNotice; unsaved?: true }> {
  const moved = await migrateOldDraft();
  let notice: DraftNotice = !moved
    ? undefined
    : 'moved' in moved
      ? 'movedFromOldVersion'
      : 'discarded';
  const id =
    currentDraftId() ??
    (moved && 'moved' in moved ? moved.moved : undefined) ??
    (await allDrafts())
      .filter((d) => !d.done && draftHasAnswers(d))
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0]?.id;
  if (!id) return { draft: emptyDraft(), notice };
  const loaded = await loadDraft(id);
  // Typing or a Continue the page could not write to IndexedDB as it unloaded.
  const kept = unsavedDraft(id, loaded.status === 'ok' ? loaded.draft.rev : 0);
  if (kept && loaded.status !== 'unusable') return { draft: kept, notice, unsaved: true };
  if (loaded.status === 'ok') {
    if (loaded.dropped > 0) notice = 'partlyRestored';
    return { draft: loaded.draft, notice };
  }
  if (loaded.status === 'unusable') {
    await draftStore()
      .delete(id)
      .catch(() => undefined);
    return { draft: emptyDraft(), notice: 'discarded' };
  }
  return { draft: emptyDraft(id), notice };
}

/**
 * `fresh`: the tab opens on a new escalation ("Start now"): its empty draft is this hook's first
 * state, ready at once, and the one saved before is never read into it.
 */
export function useDraft({ fresh = false }: { fresh?: boolean } = {}): DraftSession {
  const storage = browserStorage();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft());
  const [ready, setReady] = useState(fresh);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [notice, setNotice] = useState<DraftNotice>();
  const [conflict, setConflict] = useState<Draft>();
  const [revision, setRevision] = useState(0);
  const [rememberedContact, setRememberedContact] = useState(() => loadContact(storage));

  // The tab's draft as last changed, the revision saved on the device it builds on, and
  // whether changes wait to be saved.
  const latest = useRef(draft);
  const baseRev = useRef(0);
  const unsaved = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writing = useRef<Promise<void>>(Promise.resolve());
  // Saves queued or under way: each raises the stored revision by one when it lands.
  const inFlight = useRef(0);

  const adopt = useCallback((next: Draft, external: boolean) => {
    latest.current = next;
    baseRev.current = next.rev;
    unsaved.current = 0;
    setDraft(next);
    setCurrentDraftId(next.id);
    if (external) setRevision((r) => r + 1);
  }, []);

  const save = useCallback((force = false) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const changes = unsaved.current;
    inFlight.current += 1;
    writing.current = writing.current.then(async () => {
      const mine = latest.current;
      if (!draftHasAnswers(mine) && mine.rev === 0 && !mine.focText) {
        inFlight.current -= 1;
        return;
      }
      const result = await saveDraft(mine, baseRev.current, force).finally(() => {
        inFlight.current -= 1;
      });
      if (latest.current.id !== mine.id) return;
      if (result.status === 'conflict') {
        setConflict(result.theirs);
        return;
      }
      if (result.status === 'failed') {
        setSaveState('memoryOnly');
        return;
      }
      baseRev.current = result.draft.rev;
      latest.current = { ...latest.current, rev: result.draft.rev, savedAt: result.draft.savedAt };
      // Changes made while this save ran still wait for the next one.
      unsaved.current -= changes;
      setSaveState(draftStore().persistent ? 'saved' : 'memoryOnly');
    });
  }, []);

  // A new escalation started before the saved one was read: the read must not replace it.
  const startedFresh = useRef(fresh);

  useEffect(() => {
    let cancelled = false;
    // This tab's escalation from now on (startNew does the same for a later one).
    if (startedFresh.current) setCurrentDraftId(latest.current.id);
    void initialDraft().then(({ draft: first, notice: told, unsaved: keptUnsaved }) => {
      if (cancelled) return;
      if (startedFresh.current) {
        setReady(true);
        return;
      }
      adopt(first, true);
      setNotice(told);
      setReady(true);
      if (keptUnsaved) {
        unsaved.current = 1;
        save();
      }
    });
    void tidyDrafts();
    return () => {
      cancelled = true;
    };
  }, [adopt, save]);

  const change = useCallback(
    (next: Draft, when: 'now' | 'soon') => {
      latest.current = next;
      unsaved.current += 1;
      setDraft(next);
      if (when === 'now') {
        save();
      } else {
        clearTimeout(timer.current);
        timer.current = setTimeout(save, TYPING_DELAY_MS);
      }
    },
    [save],
  );

  // Another tab saved this draft: take it over, or show the conflict if this tab has changes.
  useEffect(
    () =>
      draftChanges.subscribe((message) => {
        const mine = latest.current;
        if (message.tab === TAB_ID || message.id !== mine.id || message.deleted) return;
        if (message.rev <= baseRev.current) return;
        void loadDraft(mine.id).then((loaded) => {
          if (loaded.status !== 'ok' || latest.current.id !== loaded.draft.id) return;
          if (unsaved.current > 0) {
            setConflict(loaded.draft);
          } else {
            adopt(loaded.draft, true);
            setNotice('changedElsewhere');
          }
        });
      }),
    [adopt],
  );

  useEffect(() => {
    const flush = () => {
      if (timer.current !== undefined) save();
    };
    const hide = () => {
      // The write flush starts may land too: the kept copy stays good up to that revision.
      const writes = inFlight.current + (timer.current === undefined ? 0 : 1);
      keepUnsavedDraft(
        unsaved.current > 0 ? latest.current : undefined,
        baseRev.current,
        baseRev.current + writes,
      );
      flush();
    };
    window.addEventListener('pagehide', hide);
    return () => {
      window.removeEventListener('pagehide', hide);
      flush();
    };
  }, [save]);

  const hasAnswers = draftHasAnswers(draft);
  const untouched = !hasAnswers && !draft.focText && Object.keys(draft.pending).length === 0;
  useEffect(() => {
    if (!hasAnswers || draft.done) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [hasAnswers, draft.done]);

  const commit = useCallback(
    (answers: Answers, step?: StepId) => {
      const { pending } = latest.current;
      const rest = Object.fromEntries(Object.entries(pending).filter(([id]) => id !== step));
      change({ ...latest.current, answers, pending: rest, done: false }, 'now');
      rememberContact(storage, answers);
      setRememberedContact((previous) => contactOf(answers) ?? previous);
      setNotice(undefined);
    },
    [change, storage],
  );

  const keepPending = useCallback(
    (step: StepId, values: FormValues) => {
      const { pending } = latest.current;
      change({ ...latest.current, pending: { ...pending, [step]: values } }, 'soon');
    },
    [change],
  );

  const applyFoc = useCallback(
    (answers: Answers, filled: Partial<Record<FieldName, FormValue>>) => {
      // What was typed but not continued in a field the FOC filled gives way to the FOC's value.
      const pending = Object.fromEntries(
        Object.entries(latest.current.pending).map(([step, values]) => [
          step,
          Object.fromEntries(Object.entries(values).filter(([field]) => !(field in filled))),
        ]),
      );
      change(
        {
          ...latest.current,
          answers,
          pending,
          fromFoc: { ...latest.current.fromFoc, ...filled },
          done: false,
        },
        'now',
      );
      setRevision((r) => r + 1);
    },
    [change],
  );

  const keepFocText = useCallback(
    (text: string | undefined) => {
      change({ ...latest.current, focText: text || undefined }, 'soon');
    },
    [change],
  );

  const markDone = useCallback(() => {
    if (latest.current.done) return;
    change({ ...latest.current, done: true }, 'now');
  }, [change]);

  const startNew = useCallback(
    ({ like = false }: { like?: boolean } = {}) => {
      const fresh = emptyDraft();
      const copied: Answers = like
        ? Object.fromEntries(
            LIKE_FIELDS.flatMap((field) => {
              const value = latest.current.answers[field];
              return value === undefined ? [] : [[field, value]];
            }),
          )
        : {};
      startedFresh.current = true;
      adopt({ ...fresh, answers: copied }, true);
      // Nothing saved is needed to start afresh: the first question shows at once.
      setReady(true);
      setConflict(undefined);
      setNotice(undefined);
      setSaveState('idle');
      if (like) {
        unsaved.current = 1;
        save();
      }
    },
    [adopt, save],
  );

  const open = useCallback(
    async (id: string) => {
      if (id === latest.current.id) return true;
      const loaded = await loadDraft(id);
      if (loaded.status !== 'ok') return false;
      adopt(loaded.draft, true);
      setConflict(undefined);
      setNotice(loaded.dropped > 0 ? 'partlyRestored' : undefined);
      return true;
    },
    [adopt],
  );

  const resolveConflict = useCallback(
    (keep: 'mine' | 'theirs') => {
      const theirs = conflict;
      setConflict(undefined);
      if (!theirs) return;
      if (keep === 'theirs') {
        adopt(theirs, true);
      } else {
        baseRev.current = theirs.rev;
        unsaved.current += 1;
        save(true);
      }
    },
    [adopt, conflict, save],
  );

  const dismissNotice = useCallback(() => {
    setNotice(undefined);
  }, []);

  const flush = useCallback(() => {
    if (timer.current !== undefined) save();
    return writing.current;
  }, [save]);

  return useMemo(
    () => ({
      ready,
      escalationId: draft.id,
      answers: draft.answers,
      pending: draft.pending,
      fromFoc: draft.fromFoc,
      focText: draft.focText,
      done: draft.done,
      hasAnswers,
      untouched,
      rememberedContact,
      saveState,
      notice,
      conflict,
      revision,
      commit,
      keepPending,
      applyFoc,
      keepFocText,
      markDone,
      startNew,
      open,
      resolveConflict,
      dismissNotice,
      flush,
    }),
    [
      ready,
      draft,
      hasAnswers,
      untouched,
      rememberedContact,
      saveState,
      notice,
      conflict,
      revision,
      commit,
      keepPending,
      applyFoc,
      keepFocText,
      markDone,
      startNew,
      open,
      resolveConflict,
      dismissNotice,
      flush,
    ],
  );
}
