// Large input in the hosted build (issue #6): 10,000 pasted telephone numbers reach the result
// page, and a megabyte is refused with a clear message, the text kept. How long the main thread is
// held at each step is a figure `npm run perf` prints (test/perf/pastes.ts), not a test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Step } from './bigPastes.ts';
import { COUNT, megabytePastes, tenThousandNumbers } from './bigPastes.ts';
import { launch, startStaticServer } from './harness.ts';

const server = await startStaticServer();
/** Each step just runs here. */
const run: Step = (_page, _what, action) => action();

await test(`${COUNT.toLocaleString('en-US')} pasted numbers reach the result page`, async () => {
  const session = await launch({ appUrl: server.appUrl });
  try {
    await tenThousandNumbers(session, run);
  } finally {
    await session.close();
  }
});

await test('a 1 MB paste is refused with a clear message, and is kept', async () => {
  const session = await launch({ appUrl: server.appUrl });
  try {
    await megabytePastes(session, run);
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});

await server.close();
