import { describe, expect, it } from 'vitest';
import { parseCircuitId } from './circuitId.ts';

describe('parseCircuitId', () => {
  it.each([
    // Serial-number format, the prefix written or left out.
    ['73/HCGS/123456/000/NE', 'serial', 'HC', 'GS', true],
    ['.HCGS.123456..NJ', 'serial', 'HC', 'GS', true],
    ['73/HCGS/123456/000/NE/1', 'serial', 'HC', 'GS', true],
    ['HCGS/123456/000/NE', 'serial', 'HC', 'GS', true],
    ['40/DHEC/1/SW', 'serial', 'DH', 'EC', true],
    ['12/HXFU/123456//SB', 'serial', 'HX', 'FU', true],
    ['12/LXFU/123456/SW', 'serial', 'LX', 'FU', false],
    // AT&T writes its DS1s with a 3-digit prefix and the T1 service code.
    ['101/T1ZF/556677/SW', 'serial', 'T1', 'ZF', true],
    ['30/T1ZF/000123/SW', 'serial', 'T1', 'ZF', true],
    // Telephone-number format.
    ['12.FXMX.732.555.1234', 'telephone', 'FX', 'MX', false],
    ['12/TYNU/312/555/0123/SB', 'telephone', 'TY', 'NU', false],
    // Carrier facility format: prefix, facility type, the CLLI codes of both ends.
    ['HN101/T3U/MPLSMNDT000/GLVYMNORIII', 'facility', 'T3U', '', false],
    ['101/T1/DLLSTXTADS0/DLLSTX02', 'facility', 'T1', '', true],
  ])('reads %j as the %s format, code %s, modifier %s', (input, format, code, mod, ds1) => {
    expect(parseCircuitId(input)).toEqual({
      ok: true,
      value: { id: input, format, serviceCode: code, modifier: mod, isDs1: ds1 },
      warnings: [],
    });
  });

  it('normalises the ID: trimmed, uppercase, spaces removed, separators kept', () => {
    const parsed = parseCircuitId('  73 / hcgs / 123456 / 000 / ne ');
    expect(parsed.ok && parsed.value.id).toBe('73/HCGS/123456/000/NE');
  });

  it('refuses only an empty text, saying what to enter', () => {
    expect(parseCircuitId('  ')).toEqual({
      ok: false,
      error: 'Enter the circuit ID, like 73/HCGS/123456/000/NE',
    });
  });

  it.each([
    ['73-HCGS-123456', 'other', /It has “-”, where a circuit ID has only letters and digits/],
    ['12345/HCGS/123456/000/NE', 'serial', /prefix “12345” is longer than usual/],
    ['73/H-GS', 'other', /It has “-”/],
    ['73/1HGS/123456/000/NE', 'other', /does not read as a circuit ID of a usual form/],
    ['73/HCGS', 'serial', /serial number after the service code is missing/],
    ['73/HCGS/1234567/000/NE', 'serial', /serial number “1234567” is usually 1 to 6 digits/],
    ['73/HCGS/12A456/000/NE', 'serial', /serial number “12A456” is usually 1 to 6 digits/],
    ['73/HCGS/123456/0000/NE', 'serial', /suffix “0000” after the serial number is usually/],
    ['73/HCGS/123456/000/NEWCO', 'serial', /company code “NEWCO” is usually 2 to 4 letters/],
    ['73/HCGS/123456/000/NE/1234', 'serial', /segment “1234” at the end is usually up to 3/],
    ['73/HCGS/123456/000/NE/1/2', 'serial', /more parts than usual/],
    ['12.FXMX.732.555.1234.A.B.C.D', 'telephone', /usually has at most 3 more parts/],
    ['HN101/T3U/MPLSMNDT000/GLVYMNORIII/X', 'facility', /usually ends with the second CLLI/],
    ['See attached', 'other', /does not read as a circuit ID of a usual form/],
  ])(
    'accepts %j as written, with a warning naming what looks unusual',
    (input, format, warning) => {
      expect(parseCircuitId(input)).toMatchObject({
        ok: true,
        value: { id: format === 'other' ? input : input.replace(/\s+/g, ''), format },
        warnings: expect.arrayContaining([expect.stringMatching(warning)]) as string[],
      });
    },
  );

  it('asks for the company code when it is left out, without blocking', () => {
    expect(parseCircuitId('73/HCGS/123456')).toMatchObject({
      ok: true,
      warnings: [
        expect.stringMatching(/Add the company code \(2 to 4 letters\) at the end if you have it/),
      ],
    });
  });

  it('warns, without blocking, when a DS1 is expected and the service code is not a DS1 one', () => {
    expect(parseCircuitId('12.FXMX.732.555.1234', { expectDs1: true })).toMatchObject({
      ok: true,
      warnings: [expect.stringMatching(/FX is not a DS1 service code we know \(HC, DH, HX, T1\)/)],
    });
    for (const ds1 of ['73/HCGS/123456/000/NE', '101/T1ZF/556677/SW']) {
      expect(parseCircuitId(ds1, { expectDs1: true })).toMatchObject({ ok: true, warnings: [] });
    }
  });
});
