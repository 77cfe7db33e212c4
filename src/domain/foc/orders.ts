import type { Sighting } from './collector.ts';

/*
 * Two FOCs in one paste (two e-mails, or a CSV with a row per order) are two orders, never one:
 * each PON owns the lines from where its order starts to where the next one starts, and each
 * order is read on its own. An order starts at its PON's line, or just after the blank line
 * before it, so the fields an e-mail writes above its PON stay with it.
 */

/** The PON that owns each line (index 0 is line 1), or nothing when the text holds one order. */
export function orderOwners(
  pons: readonly Sighting<string>[],
  lines: readonly string[],
): readonly string[] | undefined {
  const sorted = [...pons].sort((a, b) => a.line - b.line);
  const [first] = sorted;
  if (!first || new Set(sorted.map((s) => s.value)).size < 2) return undefined;
  const owners = new Array<string>(lines.length).fill(first.value);
  let previous = first;
  for (const sighting of sorted.slice(1)) {
    if (sighting.value === previous.value) {
      previous = sighting;
      continue;
    }
    const start = orderStart(lines, previous.line, sighting.line);
    owners.fill(sighting.value, start - 1);
    previous = sighting;
  }
  return owners;
}

/** The first line of the order whose PON is on line `pon`: after the last blank line above it. */
function orderStart(lines: readonly string[], previousPon: number, pon: number): number {
  for (let line = pon - 1; line > previousPon; line--) {
    if ((lines[line - 1] ?? '').trim() === '') return line + 1;
  }
  return pon;
}
