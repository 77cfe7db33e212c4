// Large pastes in the hosted build (issue #6), timed: the longest main-thread task of each step of
// the walk test/e2e/performance.test.ts checks (test/e2e/bigPastes.ts), read from a long-task
// observer installed before any page script (test/e2e/harness.ts). Chromium as the browser suite
// runs it: no CPU or network slowdown, a 1280x720 window.
import type { Step } from '../e2e/bigPastes.ts';
import { megabytePastes, tenThousandNumbers } from '../e2e/bigPastes.ts';
import { launch, longTasksDuring } from '../e2e/harness.ts';

export interface PasteStep {
  what: string;
  /** The longest task during the step and the work it set off (0 when none was over 50 ms). */
  longestMs: number;
  /** Tasks over 50 ms. */
  longTasks: number;
  targetMs: number;
}

/*
 * A paste is mostly Chromium's own text editing: 10,000 lines take 120-400 ms and 75,000 lines
 * (1 MB) 1.4-2.3 s, the same in a bare <textarea> on an empty page; the app's script adds under
 * 30 ms. These targets catch the app adding work per line (re-parsing, a node per number); after
 * a megabyte the app must check it and show the message within a second ("no freeze").
 */
const targetFor = (what: string): number => {
  if (what === 'paste') return 1000;
  if (what.startsWith('1 MB paste')) return 3000;
  if (what.startsWith('Continue after the 1 MB')) return 1000;
  return 200;
};

export async function measurePastes(appUrl: string): Promise<PasteStep[]> {
  const steps: PasteStep[] = [];
  const timed: Step = async (page, what, action) => {
    const tasks = await longTasksDuring(page, action);
    steps.push({
      what,
      longestMs: Math.max(0, ...tasks),
      longTasks: tasks.length,
      targetMs: targetFor(what),
    });
  };
  for (const walk of [tenThousandNumbers, megabytePastes]) {
    const session = await launch({ appUrl });
    try {
      await walk(session, timed);
    } finally {
      await session.close();
    }
  }
  return steps;
}
