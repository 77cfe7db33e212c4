import { describe, expect, it } from 'vitest';
import centerContacts from '../../../public/center-contacts.json' with { type: 'json' };
import { parseCenterHours } from './hours.ts';

const read = (text: string) => {
  const parsed = parseCenterHours(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const problem = (text: string) => {
  const parsed = parseCenterHours(text);
  if (parsed.ok) throw new Error(`"${text}" was read as ${JSON.stringify(parsed.value)}`);
  return parsed.error;
};

const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

describe('parseCenterHours', () => {
  it('reads every form of hours in the shipped contacts list', () => {
    const forms = new Set(centerContacts.contacts.flatMap((c) => ('hours' in c ? [c.hours] : [])));
    expect(forms.size).toBeGreaterThan(1);
    for (const form of forms) expect(parseCenterHours(form).ok, form).toBe(true);
  });

  it('reads the list’s weekday form with its zone', () => {
    expect(read('Monday to Friday, 8:00 am to 5:00 pm CT')).toEqual({
      kind: 'weekly',
      timeZone: 'America/Chicago',
      zone: 'CT',
      windows: [{ days: MONDAY_TO_FRIDAY, opens: 8 * 60, closes: 17 * 60 }],
    });
    expect(read('Monday to Friday, 8:00 am to 5:00 pm PT')).toMatchObject({
      timeZone: 'America/Los_Angeles',
    });
  });

  it('reads a center that never closes', () => {
    expect(read('24 hours, 7 days')).toEqual({ kind: 'always' });
    expect(read('24/7')).toEqual({ kind: 'always' });
  });

  it('reads short and 24-hour forms, and the times before the days', () => {
    const expected = { days: MONDAY_TO_FRIDAY, opens: 8 * 60, closes: 17 * 60 };
    expect(read('Mon-Fri 8am-5pm ET')).toMatchObject({ zone: 'ET', windows: [expected] });
    expect(read('Weekdays, 08:00 to 17:00 Eastern')).toMatchObject({
      zone: 'ET',
      windows: [expected],
    });
    expect(read('8:00 am to 5:00 pm CT, Monday through Friday')).toMatchObject({
      windows: [expected],
    });
  });

  it('reads several ranges of days in one zone', () => {
    expect(
      read('Monday to Friday, 7:00 am to 7:00 pm CT; Saturday, 8:00 am to noon CT'),
    ).toMatchObject({
      windows: [
        { days: MONDAY_TO_FRIDAY, opens: 7 * 60, closes: 19 * 60 },
        { days: [6], opens: 8 * 60, closes: 12 * 60 },
      ],
    });
  });

  it('reports hours without a time zone instead of guessing one', () => {
    expect(problem('Monday to Friday, 8:00 am to 5:00 pm')).toMatch(/^Add the time zone/);
    expect(problem('Monday to Friday, 8:00 am to 5:00 pm GMT')).toMatch(/"GMT" is not a time zone/);
  });

  it('reports a time that could be morning or evening', () => {
    expect(problem('Monday to Friday, 8 to 5 CT')).toMatch(/^Add am or pm to "8"/);
  });

  it('reports hours it cannot read with the form to use', () => {
    expect(problem('business hours')).toMatch(/Monday to Friday, 8:00 am to 5:00 pm CT/);
    expect(problem('Mon to Fri, 5 pm to 8 am CT')).toMatch(/closes before it opens/);
    expect(problem('Funday to Friday, 8 am to 5 pm CT')).toMatch(/not days the clock reads/);
    expect(problem('Monday to Friday, 8 am to 5 pm CT; Friday, 6 pm to 8 pm CT')).toMatch(
      /Friday is listed twice/,
    );
    expect(problem('Mon-Fri 8am-5pm CT; Sat 9am-1pm PT')).toMatch(/more than one time zone/);
  });
});
