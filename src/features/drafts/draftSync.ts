import { browserStorage } from '../../api/browserStorage.ts';
import type { Answers, FieldName, StepId } from '../../domain/answers.ts';
import type { FormValue, FormValues } from '../../domain/validation.ts';
import type { RememberedContact } from './contact.ts';
import { contactOf, loadContact, rememberContact } from './contact.ts';
import type { Draft } from './draft.ts';
import { answersLike, emptyDraft, newDraftId } from './draft.ts';
import type { DraftStore } from './draftStore.ts';
import { deviceDrafts } from './draftStore.ts';
import type { ConflictChoices, ConflictField } from './merge.ts';
import { changedSteps, mergeDrafts, sameContent } from './merge.ts';
import { openingDraft } from './opening.ts';
import { hasAnswers, hasWork } from './work.ts';

/*
 * The escalation this tab works on, autosaved, as a plain engine outside React (read through
 * useDraft.ts). A change made with Continue is written at once; typing into a page is written
 * after a short pause, and kept in the tab's own storage when the page hides, so a reload or a
 * crash loses at most a fraction of a second of typing.
 *
 * Another tab's save of the same draft is taken over when this tab has nothing unsaved. When it
 * has, the two are merged against the revision this tab built on (merge.ts): answers on different
 * fields are all kept, silently; the same field changed in both tabs is shown to the user with
 * both values, and nothing is written until the user picks.
 */

/** How long typing may pause before it is written. */
export const TYPING_DELAY_MS = 300;

/** 'saved': on this device. 'memoryOnly': storage is full or blocked; the tab holds the work. */
export type SaveState = 'idle' | 'saved' | 'memoryOnly';

/** Something to tell the user about this draft, once. */
export type DraftNotice =
  'discarded' | 'partlyRestored' | 'movedFromOldVersion' | 'changedElsewhere' | undefined;

/** Another tab changed the same fields as this tab: what each holds, for the user to pick. */
export interface DraftConflict {
  readonly theirs: Draft;
  readonly fields: readonly ConflictField[];
}

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
  /** Answers, a pasted FOC, or typing not yet continued: work a reload or a new tab must find. */
  readonly hasWork: boolean;
  /** Nothing answered, typed or pasted yet: a new escalation can use this draft as it is. */
  readonly untouched: boolean;
  readonly rememberedContact: RememberedContact | undefined;
  readonly saveState: SaveState;
  readonly notice: DraftNotice;
  /** Another tab changed the same fields while this one had unsaved changes. */
  readonly conflict: DraftConflict | undefined;
  /**
   * Grows when the answers changed other than through the current form (the FOC, another tab,
   * another draft opened): a page's form then starts again from them. `step`: also when a merge
   * changed that page's fields only.
   */
  readonly formRevision: (step?: StepId) => number;
  readonly commit: (answers: Answers, step?: StepId) => void;
  readonly keepPending: (step: StepId, values: FormValues) => void;
  readonly applyFoc: (answers: Answers, filled: Partial<Record<FieldName, FormValue>>) => void;
  readonly keepFocText: (text: string | undefined) => void;
  readonly markDone: () => void;
  readonly startNew: (options?: { like?: boolean }) => void;
  /** Opens a saved draft (the start page's "Continue"). */
  readonly open: (id: string) => Promise<boolean>;
  /** Settles a conflict: every field from one side, or a pick per field. */
  readonly resolveConflict: (keep: 'mine' | 'theirs' | ConflictChoices) => void;
  readonly dismissNotice: () => void;
  /** Saves what waits now; resolves once it is written. */
  readonly flush: () => Promise<void>;
}

export interface DraftSync {
  readonly getSnapshot: () => DraftSession;
  /** Listens for changes; the first listener connects the engine, the last one's leaving flushes. */
  readonly subscribe: (listener: () => void) => () => void;
}

/** The window events the engine needs: the page hiding, and the page about to unload. */
export type PageEvents = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export interface Timers {
  readonly set: (job: () => void, ms: number) => unknown;
  readonly clear: (handle: unknown) => void;
}

export interface DraftSyncOptions {
  /** The tab opens on a new escalation ("Start now"): the draft saved before is never read. */
  readonly fresh?: boolean;
  readonly drafts?: DraftStore;
  /** Where the CLEC contact is remembered across drafts (localStorage). */
  readonly contacts?: Storage | undefined;
  readonly events?: PageEvents;
  readonly timers?: Timers;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

const DEFAULT_TIMERS: Timers = {
  set: (job, ms) => setTimeout(job, ms),
  clear: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

export function createDraftSync(options: DraftSyncOptions = {}): DraftSync {
  const {
    fresh = false,
    drafts = deviceDrafts,
    contacts = browserStorage(),
    events = globalThis,
    timers = DEFAULT_TIMERS,
    now = () => new Date(),
    newId = newDraftId,
  } = options;
  const blank = () => emptyDraft(newId(), now());

  // The tab's draft as last changed; the draft saved on the device that it builds on (the base
  // of a merge); how many changes wait to be saved.
  let latest = blank();
  let base = latest;
  let unsaved = 0;
  let timer: unknown;
  let writing: Promise<void> = Promise.resolve();
  // Saves queued or under way: each raises the stored revision by one when it lands.
  let inFlight = 0;
  // A new escalation started before the saved one was read: the read must not replace it.
  let startedFresh = fresh;
  let loading: Promise<void> | undefined;

  let ready = fresh;
  let saveState: SaveState = 'idle';
  let notice: DraftNotice;
  let conflict: DraftConflict | undefined;
  let revision = 0;
  let stepRevisions: Partial<Record<StepId, number>> = {};
  let rememberedContact = loadContact(contacts);

  const listeners = new Set<() => void>();
  let snapshot: DraftSession | undefined;
  const emit = () => {
    snapshot = undefined;
    for (const listener of listeners) listener();
  };

  function adopt(next: Draft): void {
    latest = next;
    base = next;
    unsaved = 0;
    conflict = undefined;
    drafts.setCurrentId(next.id);
    revision += 1;
    stepRevisions = {};
  }

  function clearTimer(): void {
    if (timer === undefined) return;
    timers.clear(timer);
    timer = undefined;
  }

  function save(): void {
    clearTimer();
    const changes = unsaved;
    inFlight += 1;
    writing = writing.then(async () => {
      const mine = latest;
      // Nothing to keep yet, or a conflict the user has not settled: nothing is written.
      if ((!hasWork(mine) && mine.rev === 0) || conflict) {
        inFlight -= 1;
        return;
      }
      const result = await drafts.save(mine, base.rev).finally(() => {
        inFlight -= 1;
      });
      if (latest.id !== mine.id) return;
      if (result.status === 'conflict') {
        takeOver(result.theirs);
        return;
      }
      if (result.status === 'failed') {
        saveState = 'memoryOnly';
        emit();
        return;
      }
      base = result.draft;
      latest = { ...latest, rev: result.draft.rev, savedAt: result.draft.savedAt };
      // Changes made while this save ran still wait for the next one.
      unsaved -= changes;
      saveState = drafts.persistent ? 'saved' : 'memoryOnly';
      emit();
    });
  }

  /** Another tab saved a later revision of this draft: take it over, merge it, or ask. */
  function takeOver(theirs: Draft): void {
    if (unsaved === 0 && !conflict) {
      adopt(theirs);
      notice = 'changedElsewhere';
      emit();
      return;
    }
    const { merged, conflicts } = mergeDrafts(base, latest, theirs);
    if (conflicts.length > 0) {
      conflict = { theirs, fields: conflicts };
      emit();
      return;
    }
    // Different fields: both tabs' answers kept. Only the pages whose fields changed start their
    // form again, so the page being typed on keeps its focus.
    for (const step of changedSteps(latest, merged)) {
      stepRevisions = { ...stepRevisions, [step]: (stepRevisions[step] ?? 0) + 1 };
    }
    latest = merged;
    base = theirs;
    conflict = undefined;
    emit();
    save();
  }

  function change(next: Draft, when: 'now' | 'soon'): void {
    latest = next;
    unsaved += 1;
    if (when === 'now') {
      save();
    } else {
      clearTimer();
      timer = timers.set(save, TYPING_DELAY_MS);
    }
    emit();
  }

  function load(): Promise<void> {
    // This tab's escalation from now on (startNew does the same for a later one).
    if (startedFresh) drafts.setCurrentId(latest.id);
    void drafts.tidy();
    return openingDraft(drafts, blank, now).then((opened) => {
      if (!startedFresh) {
        adopt(opened.draft);
        notice = opened.notice;
        if (opened.unsavedOn) {
          base = opened.unsavedOn;
          unsaved = 1;
          save();
        } else if (opened.toMerge) {
          // As if this tab had never unloaded: its typing meets the other tab's save.
          latest = opened.toMerge.draft;
          base = opened.toMerge.base;
          unsaved = 1;
          takeOver(opened.draft);
        }
      }
      ready = true;
      emit();
    });
  }

  const onOtherTab = (message: { id: string; rev: number; deleted?: true }) => {
    if (message.id !== latest.id || message.deleted || message.rev <= base.rev) return;
    void drafts.load(latest.id).then((loaded) => {
      if (loaded.status !== 'ok' || latest.id !== loaded.draft.id) return;
      if (loaded.draft.rev <= base.rev) return;
      takeOver(loaded.draft);
    });
  };

  const flushTyping = () => {
    if (timer !== undefined) save();
  };

  const onPageHide = () => {
    // The write the flush starts may land too: the kept copy stays good up to that revision.
    const writes = inFlight + (timer === undefined ? 0 : 1);
    drafts.keepUnsaved(unsaved > 0 ? latest : undefined, base, base.rev + writes);
    flushTyping();
  };

  const onBeforeUnload = (event: Event) => {
    if (hasWork(latest) && !latest.done) event.preventDefault();
  };

  let stopHearing: (() => void) | undefined;
  function connect(): void {
    events.addEventListener('pagehide', onPageHide);
    events.addEventListener('beforeunload', onBeforeUnload);
    stopHearing = drafts.subscribe(onOtherTab);
    loading ??= load();
  }

  function disconnect(): void {
    events.removeEventListener('pagehide', onPageHide);
    events.removeEventListener('beforeunload', onBeforeUnload);
    stopHearing?.();
    stopHearing = undefined;
    flushTyping();
  }

  const actions = {
    formRevision: (step?: StepId) => revision + (step ? (stepRevisions[step] ?? 0) : 0),
    commit(answers: Answers, step?: StepId) {
      const rest = Object.fromEntries(Object.entries(latest.pending).filter(([id]) => id !== step));
      rememberContact(contacts, answers);
      rememberedContact = contactOf(answers) ?? rememberedContact;
      notice = undefined;
      change({ ...latest, answers, pending: rest, done: false }, 'now');
    },
    keepPending(step: StepId, values: FormValues) {
      change({ ...latest, pending: { ...latest.pending, [step]: values } }, 'soon');
    },
    applyFoc(answers: Answers, filled: Partial<Record<FieldName, FormValue>>) {
      // What was typed but not continued in a field the FOC filled gives way to the FOC's value.
      const pending = Object.fromEntries(
        Object.entries(latest.pending).map(([step, values]) => [
          step,
          Object.fromEntries(Object.entries(values).filter(([field]) => !(field in filled))),
        ]),
      );
      revision += 1;
      change(
        { ...latest, answers, pending, fromFoc: { ...latest.fromFoc, ...filled }, done: false },
        'now',
      );
    },
    keepFocText(text: string | undefined) {
      change({ ...latest, focText: text || undefined }, 'soon');
    },
    markDone() {
      if (latest.done) return;
      change({ ...latest, done: true }, 'now');
    },
    startNew({ like = false }: { like?: boolean } = {}) {
      const copied: Answers = like ? answersLike(latest.answers) : {};
      const next = blank();
      startedFresh = true;
      adopt({ ...next, answers: copied });
      base = next;
      // Nothing saved is needed to start afresh: the first question shows at once.
      ready = true;
      notice = undefined;
      saveState = 'idle';
      if (like) {
        unsaved = 1;
        save();
      }
      emit();
    },
    async open(id: string) {
      if (id === latest.id) return true;
      const loaded = await drafts.load(id);
      if (loaded.status !== 'ok') return false;
      adopt(loaded.draft);
      notice = loaded.dropped > 0 ? 'partlyRestored' : undefined;
      emit();
      return true;
    },
    resolveConflict(keep: 'mine' | 'theirs' | ConflictChoices) {
      if (!conflict) return;
      const { theirs, fields } = conflict;
      const choices: ConflictChoices =
        typeof keep === 'string' ? Object.fromEntries(fields.map((f) => [f.key, keep])) : keep;
      const { merged, conflicts } = mergeDrafts(base, latest, theirs, choices);
      if (conflicts.length > 0) {
        // Typing since the question was asked made another field differ: ask about it too.
        conflict = { theirs, fields: conflicts };
        emit();
        return;
      }
      latest = merged;
      base = theirs;
      conflict = undefined;
      revision += 1;
      unsaved = sameContent(merged, theirs) ? 0 : unsaved + 1;
      if (unsaved > 0) save();
      emit();
    },
    dismissNotice() {
      notice = undefined;
      emit();
    },
    flush() {
      flushTyping();
      return writing;
    },
  };

  function getSnapshot(): DraftSession {
    snapshot ??= {
      ready,
      escalationId: latest.id,
      answers: latest.answers,
      pending: latest.pending,
      fromFoc: latest.fromFoc,
      focText: latest.focText,
      done: latest.done,
      hasAnswers: hasAnswers(latest),
      hasWork: hasWork(latest),
      untouched: !hasAnswers(latest) && !latest.focText && Object.keys(latest.pending).length === 0,
      rememberedContact,
      saveState,
      notice,
      conflict,
      ...actions,
    };
    return snapshot;
  }

  return {
    getSnapshot,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) connect();
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) disconnect();
      };
    },
  };
}
