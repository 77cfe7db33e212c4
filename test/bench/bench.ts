// `npm run bench` (issue #6): times the domain work a big outage paste triggers. Prints the
// median and the fastest of several runs; docs/performance.md records the figures.
import { readFoc } from '../../src/domain/foc/index.ts';
import { parseTelephoneNumbers } from '../../src/domain/identifiers/telephone.ts';
import { PREMATURE_DISCONNECT } from '../../src/domain/report.fixtures.ts';
import { buildReport } from '../../src/domain/report.ts';
import { route, type Decision } from '../../src/domain/rules.ts';
import { formatSummary } from '../../src/domain/summary.ts';

const RUNS = 7;
const ROUTE_CALLS_PER_RUN = 10_000;

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** `count` distinct, valid numbers in the formats people paste, mixed separators. */
function pastedNumbers(count: number): string {
  const areaCodes = ['312', '214', '404', '713', '415', '305', '615', '504'];
  const formats = [
    (a: string, x: string, l: string) => `(${a}) ${x}-${l}`,
    (a: string, x: string, l: string) => `${a}.${x}.${l}`,
    (a: string, x: string, l: string) => `${a}${x}${l}`,
    (a: string, x: string, l: string) => `+1 ${a} ${x} ${l}`,
  ];
  const separators = ['\n', ', ', '; ', '\t'];
  let text = '';
  for (let i = 0; i < count; i++) {
    // (area, exchange, line) is unique per i, so no duplicate is removed.
    const exchange = String(220 + Math.floor(i / (10_000 * areaCodes.length)));
    const line = String(Math.floor(i / areaCodes.length) % 10_000).padStart(4, '0');
    text += pick(formats, i)(pick(areaCodes, i), exchange, line) + pick(separators, i);
  }
  return text;
}

/** An FOC as an e-mail shows it: its fields, then `count` distinct numbers one per line. */
function focWithNumbers(count: number): string {
  const fields = [
    'PON: ABC123',
    'VER: 02',
    'REQTYP: BB',
    'D/TSENT: 11/20/2026 10:15 AM',
    'DD: 11/24/2026',
    'ORD: N12345678, C23456789',
    'ECCKT: 73/HCGS/123456/000/NE',
    'CCNA: XYZ',
    'TN:',
  ];
  const numbers = pastedNumbers(count).split(/\n|, |; |\t/, count);
  return [...fields, ...numbers].join('\n');
}

/** Runs `work` once to warm up, then RUNS times; returns milliseconds per call. */
function time(work: () => void, callsPerRun = 1): { median: number; min: number } {
  work();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let call = 0; call < callsPerRun; call++) work();
    samples.push((performance.now() - start) / callsPerRun);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(RUNS / 2)] ?? NaN, min: samples[0] ?? NaN };
}

function decisionFor(answers: typeof PREMATURE_DISCONNECT): Decision {
  const next = route(answers);
  if (next.type !== 'decision') throw new Error(`The bench answers stop at ${next.step}`);
  return next.decision;
}

const rows: { name: string; median: number; min: number }[] = [];
const bench = (name: string, work: () => void, callsPerRun?: number): void => {
  rows.push({ name, ...time(work, callsPerRun) });
};

for (const count of [10_000, 100_000]) {
  const text = pastedNumbers(count);
  const check = parseTelephoneNumbers(text);
  if (check.values.length !== count || check.errors.length > 0) {
    throw new Error(
      `The generated paste parsed to ${check.values.length} numbers and ` +
        `${check.errors.length} errors, not ${count} and 0: fix pastedNumbers()`,
    );
  }
  bench(`parse + validate ${count.toLocaleString('en-US')} pasted numbers`, () => {
    parseTelephoneNumbers(text);
  });
}

const bigPaste = { ...PREMATURE_DISCONNECT, telephoneNumbers: pastedNumbers(10_000) };
const decision = decisionFor(bigPaste);
bench('build report + summary text, 10,000 numbers', () => {
  formatSummary(buildReport(bigPaste, decision));
});
bench(
  'route() one decision (premature disconnect)',
  () => {
    route(PREMATURE_DISCONNECT);
  },
  ROUTE_CALLS_PER_RUN,
);

const foc = focWithNumbers(10_000);
const focCheck = readFoc(foc);
if (focCheck.telephoneNumbers?.value.count !== 10_000 || focCheck.issues.length > 0) {
  throw new Error(
    `The generated FOC read as ${String(focCheck.telephoneNumbers?.value.count)} numbers and ` +
      `${focCheck.issues.length} issues, not 10,000 and 0: fix focWithNumbers()`,
  );
}
bench('readFoc: an FOC with 10,000 numbers, one per line', () => {
  readFoc(foc);
});

const ms = (value: number): string =>
  value < 1 ? `${(value * 1000).toFixed(1)} µs` : `${value.toFixed(1)} ms`;
const width = Math.max(...rows.map((row) => row.name.length));
console.log(`Node ${process.version}, ${RUNS} runs after one warm-up\n`);
console.log(`${'benchmark'.padEnd(width)}  ${'median'.padStart(10)}  ${'min'.padStart(10)}`);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(width)}  ${ms(row.median).padStart(10)}  ${ms(row.min).padStart(10)}`,
  );
}
