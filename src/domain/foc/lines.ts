import type { Collector } from './collector.ts';
import type { LabelHit } from './labels.ts';
import type { Readers, Target } from './types.ts';
import { afterLabel, LINE_LEAD, valueOf } from './values.ts';

/** The fields whose value is a list, which may go on over the next lines. */
const LIST_TARGETS: ReadonlySet<Target> = new Set([
  'serviceOrders',
  'telephoneNumbers',
  'circuitIds',
]);

/*
 * Reading a line of labels and values ("PON: ABC123  VER: 02"), and the lines without labels
 * that follow one: the value of a label left alone on its line, or more items of a list.
 */

export interface Context {
  readonly readers: Readers;
  readonly out: Collector;
}

interface Prepared {
  /** The whole text reads as the field's value, with no problem. */
  readonly clean: boolean;
  /** Clean, and nothing but the field's values: no word was skipped to read it. */
  readonly exact: boolean;
  readonly commit: (explicit: boolean) => void;
}

/** Parses once; commit() decides, once the line's layout is known, how sure the value is. */
export function prepare(ctx: Context, target: Target, value: string, line: number): Prepared {
  const reader = ctx.readers[target];
  const whole = reader.whole(value);
  const clean = whole.value !== undefined && whole.problems.length === 0;
  const exact = clean && reader.exact(value);
  return {
    clean,
    exact,
    commit: (explicit) => {
      if (whole.value !== undefined) {
        const sure = explicit && exact;
        ctx.out.add(target, { value: whole.value, line, sure, text: whole.text });
        if (explicit) ctx.out.refuse(target, line, whole.problems);
        return;
      }
      const loose = reader.prefix(value);
      if (loose?.value !== undefined) {
        ctx.out.add(target, { value: loose.value, line, sure: false, text: loose.text });
      } else if (explicit) {
        ctx.out.refuse(target, line, whole.problems);
      }
    },
  };
}

interface Segment {
  readonly hit: LabelHit;
  /** Where the label starts: the first name when the field is named twice. */
  readonly start: number;
  readonly explicit: boolean;
  /** The text between this label and the next, as typed. */
  readonly raw: string;
  readonly value: string;
  /** True when the value was cut before the rest of a sentence. */
  readonly cut: boolean;
}

/**
 * A field of a screen that this reader does not know ("    LSR NO: 12345") ends the value before
 * it.
 */
const OTHER_FIELD = /(?<!\s)(?:\s{2,}|\t)[A-Za-z][A-Za-z0-9 /#.&()-]{0,30}[:=]/;

function untilOtherField(raw: string): string {
  const other = OTHER_FIELD.exec(raw);
  return other ? raw.slice(0, other.index) : raw;
}

export function segmentsOf(line: string, hits: readonly LabelHit[]): Segment[] {
  const segments: Segment[] = [];
  let start: number | undefined;
  hits.forEach((hit, k) => {
    const next = hits[k + 1];
    const raw = untilOtherField(line.slice(hit.end, next?.start ?? line.length));
    start ??= hit.start;
    // "Due date (DD):" names one field twice: the value follows the second name.
    if (next?.target === hit.target && !/[A-Za-z0-9]/.test(raw)) return;
    const { explicit, rest } = afterLabel(raw);
    segments.push({ hit, start, explicit, raw, ...valueOf(rest) });
    start = undefined;
  });
  return segments;
}

/** A label left waiting for its value on the next line, or a list that may go on there. */
interface Pending {
  readonly hit: LabelHit;
  readonly line: number;
  readonly filled: boolean;
}

function readLabelled(
  ctx: Context,
  line: string,
  hits: readonly LabelHit[],
  lineNo: number,
): Pending | undefined {
  const segments = segmentsOf(line, hits);
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) return undefined;
  const reads = segments.map((s) =>
    s.value === '' ? undefined : prepare(ctx, s.hit.target, s.value, lineNo),
  );
  // A form line holds only labels and clean values ("PON: ABC123  VER: 02"); anything else is
  // running text, where only a value after "label:" can be sure.
  const laidOut =
    formLead(line.slice(0, first.start)) &&
    segments.every((s) => !s.cut && (s.explicit || !s.hit.wording));
  const form = laidOut && reads.every((read) => read?.clean ?? true);
  segments.forEach((segment, k) => {
    const read = reads[k];
    if (read) read.commit(form || segment.explicit);
    else if ((form || segment.explicit) && (!form || segment !== last)) {
      ctx.out.noValue(segment.hit, lineNo);
    }
  });
  // A list may go on over the next lines even when one of its items was refused.
  if (!laidOut) return undefined;
  if (last.value === '') return form ? { hit: last.hit, line: lineNo, filled: false } : undefined;
  return LIST_TARGETS.has(last.hit.target)
    ? { hit: last.hit, line: lineNo, filled: true }
    : undefined;
}

/**
 * Whether the text before a line's first label lets it be a form line: a bullet, or an unknown
 * field and a wide gap.
 */
function formLead(lead: string): boolean {
  const gap = lead.slice(lead.trimEnd().length);
  return LINE_LEAD.test(lead) || gap.length >= 2 || gap.includes('\t');
}

/** A line without labels: the value of a label above, one more item of a list, or other text. */
function readUnlabelled(
  ctx: Context,
  line: string,
  lineNo: number,
  pending: Pending | undefined,
): Pending | undefined {
  if (!pending) return undefined;
  const { value } = valueOf(line);
  if (value === '') return pending.filled ? undefined : pending;
  const target = pending.hit.target;
  const read = prepare(ctx, target, value, lineNo);
  // The line under a label standing alone is that label's value, sure only when it is exact.
  // After a list's first values, only a line of nothing but values goes on with the list: a
  // "Fax 214-555-0197" or "Call ... with questions" line belongs to something else and ends it.
  if (read.exact || !pending.filled) {
    read.commit(true);
    return LIST_TARGETS.has(target) ? { ...pending, filled: true } : undefined;
  }
  if (read.clean || !ctx.readers[target].looksLike(value)) return undefined;
  // A damaged item of the list ("214-555-01"): read, so its problem is reported.
  read.commit(true);
  return pending;
}

function closePending(ctx: Context, pending: Pending | undefined): void {
  if (pending && !pending.filled) ctx.out.noValue(pending.hit, pending.line);
}

export function readLines(
  ctx: Context,
  lines: readonly string[],
  hits: readonly LabelHit[][],
  inTable: readonly boolean[],
): void {
  let pending: Pending | undefined;
  lines.forEach((line, index) => {
    const lineHits = hits[index] ?? [];
    if (inTable[index] || lineHits.length > 0) {
      closePending(ctx, pending);
      pending = inTable[index] ? undefined : readLabelled(ctx, line, lineHits, index + 1);
    } else {
      pending = readUnlabelled(ctx, line, index + 1, pending);
    }
  });
  closePending(ctx, pending);
}
