import { formatCount } from '../identifiers/list.ts';
import type { LabelHit } from './labels.ts';
import type { FocField, FocIssue, Problem, RawValues, Target } from './types.ts';
import { NOUNS } from './types.ts';
import { shorten } from './values.ts';

/*
 * What the reader saw, before it is settled: every sighting of every field with its line, and
 * the issues found on the way (at most MAX_ISSUES_PER_FIELD listed per field).
 */

export interface Sighting<V> {
  readonly value: V;
  readonly line: number;
  readonly sure: boolean;
  readonly text: string;
}

type Sightings = { [K in Target]: Sighting<RawValues[K]>[] };

const MAX_ISSUES_PER_FIELD = 10;

export class Collector {
  readonly sightings: Sightings = {
    pon: [],
    ver: [],
    reqtyp: [],
    ccna: [],
    focDate: [],
    dueDate: [],
    desiredDueDate: [],
    serviceOrders: [],
    telephoneNumbers: [],
    circuitIds: [],
  };
  readonly issues: FocIssue[] = [];
  /** Set when a field has two different values: the text may hold two orders. */
  conflicted = false;
  /** Fields with a refused value: what was found of them is not sure. */
  readonly doubted = new Set<FocField | 'text'>();
  /** Where each refused value was, so a part of the text can be read on its own. */
  private readonly refusals: { readonly field: FocField; readonly line: number }[] = [];
  private readonly counts = new Map<FocField | 'text', number>();

  /** What was seen on the lines `keep` selects: one order of a paste that holds several. */
  only(keep: (line: number) => boolean): Collector {
    const part = new Collector();
    for (const target of Object.keys(this.sightings) as Target[]) {
      const kept = this.sightings[target].filter((sighting) => keep(sighting.line));
      (part.sightings[target] as Sighting<unknown>[]).push(...kept);
    }
    part.issues.push(
      ...this.issues.filter((issue) => issue.line !== undefined && keep(issue.line)),
    );
    for (const refusal of this.refusals) {
      if (keep(refusal.line)) part.doubted.add(refusal.field);
    }
    return part;
  }

  add<K extends Target>(target: K, sighting: Sighting<RawValues[K]>): void {
    this.sightings[target].push(sighting);
  }

  issue(issue: FocIssue): void {
    if (this.counted(issue.field)) this.issues.push(issue);
  }

  /** Counts one more issue of the field; true while it is still to be listed. */
  private counted(field: FocField | 'text'): boolean {
    const count = (this.counts.get(field) ?? 0) + 1;
    this.counts.set(field, count);
    return count <= MAX_ISSUES_PER_FIELD;
  }

  refuse(target: Target, line: number, problems: readonly Problem[]): void {
    if (target === 'desiredDueDate') return;
    for (const { input, message } of problems) {
      this.doubted.add(target);
      this.refusals.push({ field: target, line });
      if (!this.counted(target)) continue;
      this.issues.push({
        field: target,
        line,
        message: `The ${NOUNS[target][0]} “${shorten(input)}” was not taken. ${message}`,
      });
    }
  }

  noValue(hit: LabelHit, line: number): void {
    if (hit.target === 'desiredDueDate' || hit.wording) return;
    this.issue({
      field: hit.target,
      line,
      message: `The label “${hit.text}” has no value after it or on the next line: paste the FOC with its values, or type the ${NOUNS[hit.target][0]} yourself`,
    });
  }

  /** "and 25 more" once per field whose issues were cut to MAX_ISSUES_PER_FIELD. */
  overflowIssues(): FocIssue[] {
    return [...this.counts]
      .filter(([, count]) => count > MAX_ISSUES_PER_FIELD)
      .map(([field, count]) => ({
        field,
        message: `${formatCount(count - MAX_ISSUES_PER_FIELD)} more problems with the ${field === 'text' ? 'text' : NOUNS[field][1]} are not listed: fix the ones above and paste again`,
      }));
  }
}
