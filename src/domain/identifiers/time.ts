import { fail, ok, type Parsed } from './result.ts';

/*
 * A time of day as a US desk types it: "9:30", "9:30 am", "9.30pm", "0930", "21:30". The value is
 * 24-hour "HH:MM"; the report shows "9:30 AM".
 */

const EXAMPLE = 'like 9:30 AM or 21:30';

export function parseTime(input: string): Parsed<string> {
  const typed = input.trim().toLowerCase().replace(/\s+/gu, ' ');
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?\s?(a\.?m\.?|p\.?m\.?)?$/u.exec(typed);
  if (!match) return fail(`Enter the time as hours and minutes, ${EXAMPLE}`);
  const [, h = '', m = '00', half] = match;
  let hours = Number(h);
  const minutes = Number(m);
  if (minutes > 59) return fail(`Minutes go up to 59: check the time, ${EXAMPLE}`);
  if (half) {
    if (hours < 1 || hours > 12) {
      return fail(`With AM or PM the hour is 1 to 12: check the time, ${EXAMPLE}`);
    }
    hours = (hours % 12) + (half.startsWith('p') ? 12 : 0);
  } else if (hours > 23) {
    return fail(`Hours go up to 23: check the time, ${EXAMPLE}`);
  }
  return ok(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
}

/** "21:30" -> "9:30 PM"; anything else is returned as it is. */
export function formatTime(hhmm: string): string {
  const match = /^(\d{2}):(\d{2})$/u.exec(hhmm);
  if (!match) return hhmm;
  const hours = Number(match[1]);
  const half = hours < 12 ? 'AM' : 'PM';
  return `${String(hours % 12 || 12)}:${match[2] ?? '00'} ${half}`;
}
