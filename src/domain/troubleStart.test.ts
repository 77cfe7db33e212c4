import { describe, expect, it } from 'vitest';
import { PREMATURE_DISCONNECT } from './report.fixtures.ts';
import { futureStartIssue } from './troubleStart.ts';
import { stepIssues } from './validation.ts';

// 2026-12-01 15:00 UTC: 9:00 AM in Chicago (CST, UTC-6), 10:00 AM in New York.
const NOW = new Date('2026-12-01T15:00:00Z');

describe('a trouble start in the future', () => {
  it('is refused 8 hours ahead, on the time, saying what time it is now', () => {
    expect(futureStartIssue({ date: '12/01/2026', time: '5:00 PM', timeZone: 'CT' }, NOW)).toEqual({
      field: 'troubleStartTime',
      message:
        'The trouble cannot start in the future: it is 12/01/2026 9:00 AM CT now. Check the time and the time zone',
    });
  });

  it('is refused on another day ahead, on the date', () => {
    expect(futureStartIssue({ date: '12/10/2026', time: '', timeZone: 'CT' }, NOW)?.field).toBe(
      'troubleStartDate',
    );
  });

  it('takes a date alone as today on the user’s calendar, though the zone is a day behind', () => {
    // 05:30 UTC: 11:30 PM the day before in Chicago, the next day on every calendar east of UTC-5.
    const lateInChicago = new Date('2026-12-02T05:30:00Z');
    const userToday = new Intl.DateTimeFormat('en-US', {
      month: '2-digit',
      day: '2-digit',
      year: 'numeric',
    }).format(lateInChicago);
    const start = { date: userToday, time: '', timeZone: 'CT' } as const;
    expect(futureStartIssue(start, lateInChicago)).toBeUndefined();
  });

  it('reads now on the zone’s clock: 9:30 AM is past in New York, still ahead in Chicago', () => {
    const start = { date: '12/01/2026', time: '9:30 AM' };
    expect(futureStartIssue({ ...start, timeZone: 'ET' }, NOW)).toBeUndefined();
    expect(futureStartIssue({ ...start, timeZone: 'CT' }, NOW)?.field).toBe('troubleStartTime');
  });

  it('follows daylight saving: 10:30 AM CDT is ahead of 15:00 UTC in July, 9:30 AM is not', () => {
    const july = new Date('2026-07-01T15:00:00Z');
    const start = { date: '07/01/2026', timeZone: 'CT' } as const;
    expect(futureStartIssue({ ...start, time: '10:30 AM' }, july)).toBeDefined();
    expect(futureStartIssue({ ...start, time: '9:30 AM' }, july)).toBeUndefined();
  });

  it('allows a few minutes of a clock running fast, this morning, and the past', () => {
    for (const time of ['9:04 AM', '7:00 AM', '']) {
      expect(futureStartIssue({ date: '12/01/2026', time, timeZone: 'CT' }, NOW), time).toBe(
        undefined,
      );
    }
    expect(futureStartIssue({ date: '11/30/2026', time: '11:00 PM', timeZone: 'CT' }, NOW)).toBe(
      undefined,
    );
  });

  it('is an error of the trouble page when the form is submitted, not of a saved draft', () => {
    const values = {
      symptoms: ['disconnectRecording'],
      symptomDetails: '',
      troubleStartDate: '12/01/2026',
      troubleStartTime: '5:00 PM',
      troubleTimeZone: 'CT',
    };
    expect(stepIssues('symptoms', values, PREMATURE_DISCONNECT, NOW)).toEqual([
      expect.objectContaining({ field: 'troubleStartTime' }),
    ]);
    expect(stepIssues('symptoms', values, PREMATURE_DISCONNECT)).toEqual([]);
  });
});
