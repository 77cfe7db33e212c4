import { describe, expect, it } from 'vitest';
import { readFoc } from './index.ts';
import { complete, lines, sure } from './foc.fixtures.ts';

describe('readFoc: dates', () => {
  it('reads an ISO date and time, as docs/foc.md lists it', () => {
    expect(readFoc('D/TSENT: 2026-11-20T10:15:00Z')).toEqual(
      complete({ focDate: sure('2026-11-20', 1, '2026-11-20T10:15:00Z') }),
    );
  });

  it('a time on the 12-hour clock makes the FOC American: its dates are month first', () => {
    const reading = readFoc(lines('D/TSENT: 12/01/2026 09:14 AM', 'DD: 12/04/2026'));
    expect(reading).toEqual(
      complete({
        focDate: sure('2026-12-01', 1, '12/01/2026 09:14 AM'),
        dueDate: sure('2026-12-04', 2, '12/04/2026'),
      }),
    );
  });

  it('keeps a date it cannot settle, as written, for the wizard to ask', () => {
    const reading = readFoc(lines('PON: ABC123', 'DD: 12/1/26'));
    expect(reading.dueDate).toBeUndefined();
    expect(reading.unsettledDates).toEqual({
      dueDate: {
        line: 2,
        text: '12/1/26',
        why: 'It could be December 1, 2026 or January 12, 2026',
      },
    });
  });
});

describe('readFoc: issues', () => {
  it('are listed in line order, without the line written into the message', () => {
    const reading = readFoc(lines('TN: 214-555-01', 'PON:', 'VER: 123', 'DD: 05/06/2026'));
    expect(reading.issues.map((issue) => issue.line)).toEqual([1, 2, 3, 4]);
    for (const issue of reading.issues) expect(issue.message).not.toMatch(/^Line \d/);
  });
});
