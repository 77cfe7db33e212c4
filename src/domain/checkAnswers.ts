import type { Answers, FieldName, StepId } from './answers.ts';
import { formatUsDate, parseDate } from './identifiers/date.ts';
import { formatCount } from './identifiers/list.ts';
import type { ListResult } from './identifiers/result.ts';
import { parseServiceOrderNumbers } from './identifiers/serviceOrder.ts';
import { formatTelephoneNumber, parseTelephoneNumbers } from './identifiers/telephone.ts';
import { formatTime, parseTime } from './identifiers/time.ts';
import { REGION_NAMES, stateInfo } from './regions.ts';
import type { FieldSpec } from './questions.ts';
import { choicesFor, contextOf, fieldsOf, isShown } from './questions.ts';
import type { Path } from './steps.ts';
import { followPath } from './steps.ts';

/*
 * The check-answers page: a row per field asked on the path, keyed by the registry's
 * `checkLabel`, its answer written the way the user reads it. Most fields read by their kind (a
 * choice by its label, a pasted list by its count and first values, a date in the US form); the
 * few that read otherwise are listed in READ_AS.
 */

const NOT_GIVEN = 'Not given';

/** A typed date as the check page shows it: the US form when it reads as a date. */
function dateLine(typed: string | undefined): string {
  const text = typed?.trim();
  if (!text) return NOT_GIVEN;
  const parsed = parseDate(text);
  return parsed.ok ? formatUsDate(parsed.value) : text;
}

/** At most this many values are listed on the check page; the rest are counted. */
const LISTED_VALUES = 10;

/**
 * A pasted list on the check page: how many values, the first few, and what the parser noted
 * but did not block on (repeats counted once, fictional numbers), so the user can still fix it.
 */
export function listSummary(
  result: ListResult<string>,
  noun: readonly [string, string],
  format: (value: string) => string = (value) => value,
): string[] {
  const { values, warnings, duplicatesRemoved } = result;
  if (values.length === 0) return [NOT_GIVEN];
  const count = formatCount(values.length, noun);
  // Non-breaking hyphens: 312-555-0123 never splits across lines.
  const shown = values
    .slice(0, LISTED_VALUES)
    .map((v) => format(v).replaceAll('-', '\u2011'))
    .join(', ');
  const more = values.length > LISTED_VALUES ? ` and ${values.length - LISTED_VALUES} more` : '';
  const lines = [count, `${shown}${more}`];
  if (duplicatesRemoved > 0)
    lines.push(
      `${formatCount(duplicatesRemoved, ['repeated entry', 'repeated entries'])} counted once`,
    );
  const [warning] = warnings;
  if (warning) {
    const others = warnings.length - 1;
    lines.push(
      `Check line ${warning.line} (“${warning.input}”): ${warning.message}${others > 0 ? ` (and ${formatCount(others, ['more line', 'more lines'])} like it)` : ''}`,
    );
  }
  return lines;
}

/** "11/25/2026 9:30 AM CT", or what was typed. */
function startedLine(a: Answers): string {
  const date = a.troubleStartDate?.trim() ? dateLine(a.troubleStartDate) : '';
  const time = a.troubleStartTime?.trim() ?? '';
  const parsedTime = time ? parseTime(time) : undefined;
  const parts = [
    date,
    parsedTime?.ok ? formatTime(parsedTime.value) : time,
    date || time ? (a.troubleTimeZone ?? '') : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : NOT_GIVEN;
}

/**
 * Fields whose answer reads otherwise than by their kind: the state with its region, the trouble's
 * start as one line (its time and zone then have no row), the DS1's circuit ID or that it is not
 * known.
 */
const READ_AS: Partial<Record<FieldName, (answers: Answers) => readonly string[]>> = {
  state: (a) => {
    if (!a.state) return [NOT_GIVEN];
    const { name, region, historical } = stateInfo(a.state);
    return [`${name}, ${REGION_NAMES[region]} region`, ...(historical ? [historical] : [])];
  },
  troubleStartDate: (a) => [startedLine(a)],
  troubleStartTime: () => [],
  troubleTimeZone: () => [],
  circuitId: (a) => [a.circuitId?.trim() || (a.circuitIdUnknown ? 'Not known' : NOT_GIVEN)],
  circuitIdUnknown: () => [],
};

const LIST_NOUNS = {
  telephoneNumbers: ['telephone number', 'telephone numbers'],
  serviceOrders: ['service order number', 'service order numbers'],
} as const;

export interface CheckRow {
  readonly step: StepId;
  readonly field: FieldName;
  readonly key: string;
  readonly lines: readonly string[];
}

function displayOf(spec: FieldSpec, field: FieldName, answers: Answers): readonly string[] {
  const readAs = READ_AS[field];
  if (readAs) return readAs(answers);
  const value = answers[field];
  if (spec.kind === 'list') {
    const typed = typeof value === 'string' ? value : '';
    return spec.list === 'telephoneNumbers'
      ? listSummary(
          parseTelephoneNumbers(typed),
          LIST_NOUNS.telephoneNumbers,
          formatTelephoneNumber,
        )
      : listSummary(parseServiceOrderNumbers(typed), LIST_NOUNS.serviceOrders);
  }
  if (spec.kind === 'text' && spec.input === 'date')
    return [dateLine(typeof value === 'string' ? value : undefined)];
  if (spec.kind === 'checkboxes') {
    const chosen = Array.isArray(value) ? value : [];
    return chosen.map((v) => spec.choices.find((c) => c.value === v)?.label ?? v);
  }
  if (value === undefined || value === '') return [NOT_GIVEN];
  if (typeof value === 'string') {
    if (spec.kind === 'radios' || spec.kind === 'select') {
      const choice = [...choicesFor(spec, { answers, decision: undefined })].find(
        (c) => c.value === value,
      );
      const label =
        choice?.label ??
        (spec.kind === 'select'
          ? spec.groups
              .flatMap((g) => ('options' in g ? g.options : [g]))
              .find((o) => o.value === value)?.label
          : undefined);
      return [label ?? value];
    }
    return value.trim() ? value.trim().split(/\r\n|\r|\n/) : [NOT_GIVEN];
  }
  return [String(value)];
}

/** The check page: a row per field asked on the path (only the branch taken), in order. */
export function checkRows(answers: Answers, path: Path = followPath(answers)): CheckRow[] {
  const ctx = contextOf(answers, path);
  return path.steps.flatMap((step) =>
    fieldsOf(step)
      .filter(({ name }) => isShown(step, name, ctx))
      .map(({ name, spec }) => ({
        step,
        field: name,
        key: spec.checkLabel,
        lines: displayOf(spec, name, answers),
      }))
      .filter((row) => row.lines.length > 0),
  );
}
