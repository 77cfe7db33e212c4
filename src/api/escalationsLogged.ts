import { openStore, tabChannel, whenDeviceHas } from './localStore.ts';

/*
 * Whether this device has logged an escalation, without loading the log: the log (escalations.ts)
 * brings the timeline's schemas, which a start page on a device that never filed one (every first
 * visit) should not run just to find nothing to count.
 */

/** Where the escalation log keeps each escalation's timeline, and the channel that tells the tabs. */
export const ESCALATIONS_STORE = 'escalations';
export const ESCALATIONS_CHANNEL = 'escalations';

/**
 * Calls `load` once this device has an escalation in its log: at once if it has one, or when a
 * tab logs one. Returns a function that stops waiting.
 */
export function whenEscalationsLogged(load: () => void): () => void {
  return whenDeviceHas(
    async () => (await openStore<unknown>(ESCALATIONS_STORE).all()).length > 0,
    tabChannel<'changed'>(ESCALATIONS_CHANNEL),
    () => true,
    load,
  );
}
