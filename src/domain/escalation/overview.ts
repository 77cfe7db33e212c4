import type { EscalationClock } from './clock.ts';
import type { EscalationState } from './timeline.ts';
import { DAY_MS } from './zoned.ts';

/*
 * What the lists need from many escalations at once: My escalations sorts the open ones by the
 * next step due, overdue first; the start page counts those that need a call; a new escalation
 * for a number or circuit that had one in the last 30 days is a repeat, itself a reason AT&T
 * escalates.
 */

export interface ClockedEscalation {
  readonly escalationId: string;
  readonly state: EscalationState;
  readonly clock: EscalationClock;
}

const rank = ({ state, clock }: ClockedEscalation): number =>
  !state.open ? 2 : clock.next ? 0 : 1;

/**
 * Open escalations with a step first, earliest due first (so the overdue lead); then open ones
 * with no step; then the resolved, latest opened first.
 */
export function byNextStep(a: ClockedEscalation, b: ClockedEscalation): number {
  return (
    rank(a) - rank(b) ||
    (a.clock.next?.due ?? 0) - (b.clock.next?.due ?? 0) ||
    b.state.openedAt - a.state.openedAt
  );
}

/** The open escalations whose next step is overdue. */
export function needingCall(escalations: readonly ClockedEscalation[]): ClockedEscalation[] {
  return escalations.filter(({ state, clock }) => state.open && clock.next?.overdue === true);
}

/** "2 escalations need a call", or undefined when none does. */
export function needingCallText(count: number): string | undefined {
  if (count === 0) return undefined;
  return count === 1 ? '1 escalation needs a call' : `${count} escalations need a call`;
}

/** The days within which a second escalation for the same number or circuit is a repeat. */
export const REPEAT_DAYS = 30;

export interface Repeat {
  readonly escalationId: string;
  readonly openedAt: number;
  /** The numbers and circuits both escalations name, as the earlier one writes them. */
  readonly shared: readonly string[];
}

/**
 * The earlier escalations, opened in the `REPEAT_DAYS` days before `at`, that name one of the
 * same telephone numbers or circuit IDs, latest first. Circuit IDs are compared without spaces
 * and case, as AT&T and the CLEC may write them differently.
 */
export function repeatsOf(
  identifiers: {
    readonly telephoneNumbers?: readonly string[];
    readonly circuitIds?: readonly string[];
  },
  earlier: readonly ClockedEscalation[],
  at: number,
): Repeat[] {
  const key = (circuit: string) => circuit.replace(/\s+/gu, '').toUpperCase();
  const numbers = new Set(identifiers.telephoneNumbers ?? []);
  const circuits = new Set((identifiers.circuitIds ?? []).map(key));
  return earlier
    .filter(({ state }) => state.openedAt <= at && at - state.openedAt <= REPEAT_DAYS * DAY_MS)
    .map(({ escalationId, state }) => ({
      escalationId,
      openedAt: state.openedAt,
      shared: [
        ...(state.opened.telephoneNumbers ?? []).filter((n) => numbers.has(n)),
        ...(state.opened.circuitIds ?? []).filter((c) => circuits.has(key(c))),
      ],
    }))
    .filter((repeat) => repeat.shared.length > 0)
    .sort((a, b) => b.openedAt - a.openedAt);
}
