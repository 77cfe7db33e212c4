import { z } from 'zod';
import { HolidaySchema, type Holiday } from './escalation/calendar.ts';
import { INTERVAL_EXAMPLES, parseInterval } from './escalation/interval.ts';
import { formatCount } from './identifiers/list.ts';

/*
 * The organisation's escalation policy as the contacts file carries it: an interval before each
 * level (`levels[].after`, in contacts.ts), and at the top of the file the days its centers are
 * closed and how long an end user may be out of service before the desk goes up a level. AT&T
 * publishes none of this: each value is the organisation's own choice (docs/escalation-clock.md).
 * The clock reads the same texts with the same parser, so a value accepted here is one it counts.
 */

/** An interval the clock reads, like "4 business hours"; the message says how to write it. */
export const IntervalSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? `Enter the interval, like ${INTERVAL_EXAMPLES}`
        : `Enter the interval as text in quotes, like ${INTERVAL_EXAMPLES}`,
  })
  .superRefine((value, ctx) => {
    const parsed = parseInterval(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .describe(
    `A whole number and minutes, hours or days, with "business" to count only the center's hours: ${INTERVAL_EXAMPLES}.`,
  );

/** The policy's fields, in the order a file writes them. */
export const POLICY_FIELDS = ['holidays', 'outOfServiceAfter'] as const;

export const ContactPolicySchema = z
  .strictObject(
    {
      holidays: z
        .array(HolidaySchema.describe('A day the centers with set hours are closed.'), {
          error:
            'List the holidays in square brackets [ ], one { "date": "YYYY-MM-DD", "name": "..." } per day',
        })
        .describe(
          "Days the organisation's centers with set hours are closed, read in each center's time zone.",
        )
        .optional(),
      outOfServiceAfter: IntervalSchema.describe(
        `How long an end user may be out of service before the desk goes up a level, like "4 hours".`,
      ).optional(),
    },
    {
      error: (issue) => {
        if (issue.code === 'unrecognized_keys') {
          const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
          return `Unknown field ${keys} in "policy": check the spelling; the fields are ${POLICY_FIELDS.join(', ')}`;
        }
        return 'Write "policy" as an object in braces { }, with "holidays" and "outOfServiceAfter"';
      },
    },
  )
  .superRefine((policy, ctx) => {
    const seen = new Map<string, number>();
    for (const [index, holiday] of (policy.holidays ?? []).entries()) {
      const first = seen.get(holiday.date);
      if (first === undefined) {
        seen.set(holiday.date, index);
        continue;
      }
      ctx.addIssue({
        code: 'custom',
        path: ['holidays', index, 'date'],
        message: `${holiday.date} is listed twice (holidays ${first + 1} and ${index + 1}): keep one of them`,
      });
    }
  })
  .describe(
    "The organisation's escalation policy: its holidays and its out-of-service interval. AT&T publishes neither.",
  );
export type ContactPolicy = z.infer<typeof ContactPolicySchema>;

/** ["holidays", 1, "date"] -> 'The policy (line 6), holiday 2, field "date"'. */
export function policyWhere(path: readonly PropertyKey[], line?: number): string {
  const [field, index, sub] = path;
  const at = line === undefined ? '' : ` (line ${String(line)})`;
  if (field === undefined) return `Field "policy"${at}`;
  const policy = `The policy${at}`;
  if (field !== 'holidays' || typeof index !== 'number') {
    return `${policy}, field ${JSON.stringify(field)}`;
  }
  const holiday = `${policy}, holiday ${String(index + 1)}`;
  return sub === undefined ? holiday : `${holiday}, field ${JSON.stringify(sub)}`;
}

/** The policy in a few words, for the import check: "2 holidays, no out-of-service interval". */
export function policyText(policy: ContactPolicy | undefined): string {
  const holidays = policy?.holidays ?? [];
  const days =
    holidays.length === 0 ? 'no holidays' : formatCount(holidays.length, ['holiday', 'holidays']);
  const outOfService = policy?.outOfServiceAfter
    ? `going up a level after ${policy.outOfServiceAfter} out of service`
    : 'no out-of-service interval';
  return `${days}, ${outOfService}`;
}

/** The holidays in date order, for the page. */
export function sortedHolidays(policy: ContactPolicy | undefined): Holiday[] {
  return [...(policy?.holidays ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}
