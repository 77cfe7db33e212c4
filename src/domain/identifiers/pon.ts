import { fail, ok, type Parsed } from './result.ts';

/*
 * The PON, the CLEC's own purchase order number for one LSR: up to 16 letters, digits and
 * hyphens (docs/domain.md, "Terms"). It is the CLEC's identifier, so it is kept exactly as typed
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

/*
 * VER, the LSR's version: LSOG gives it two digits ("01", "02"); CLECs also write "2" or "v2".
 * Kept as typed once it is a plausible version, so the report matches the CLEC's own LSR.
 */
export function parseVer(input: string): Parsed<string> {
  const typed = input.trim();
  const ver = typed.replace(/^v(er(sion)?)?\s*/iu, '');
  if (!/^[A-Za-z0-9]{1,3}$/u.test(ver)) {
    return fail('Enter the LSR’s version (VER) as on the LSR: 1 to 3 letters or digits, like 01');
  }
  return ok(ver);
}
