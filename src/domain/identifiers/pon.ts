import { fail, ok, type Parsed } from './result.ts';

/*
 * The PON, the CLEC's own purchase order number for one LSR: up to 16 letters, digits and
 * hyphens (domain.md, "Terms"). It is the CLEC's identifier, so it is kept exactly as typed
 * (case and hyphens included) and a space is an error rather than silently removed.
 */

const MAX_LENGTH = 16;
const EXAMPLE = 'like ABC-12345';

export function parsePon(input: string): Parsed<string> {
  const pon = input.trim();
  if (pon === '') return fail(`Enter the PON (purchase order number) of the LSR, ${EXAMPLE}`);
  const bad = /[^A-Za-z0-9-]/u.exec(pon);
  if (bad) {
    const what = bad[0].trim() === '' ? 'the spaces' : `“${bad[0]}”`;
    return fail(`Remove ${what}: a PON has only letters, digits and hyphens, ${EXAMPLE}`);
  }
  if (pon.length > MAX_LENGTH) {
    return fail(
      `This PON has ${pon.length} characters, but a PON has at most ${MAX_LENGTH}: ` +
        `check it against the LSR, ${EXAMPLE}`,
    );
  }
  return ok(pon);
}
