import { describe, expect, it } from 'vitest';
import { parseCircuitId } from './circuitId.ts';

describe('parseCircuitId', () => {
  it.each([
    ['73/HCGS/123456/000/NE', 'serial', 'HC', 'GS', true],
    ['.HCGS.123456..NJ', 'serial', 'HC', 'GS', true],
    ['73/HCGS/123456/000/NE/1', 'serial', 'HC', 'GS', true],
    ['HCGS/123456/000/NE', 'serial', 'HC', 'GS', true],
    ['40/DHEC/1/SW', 'serial', 'DH', 'EC', true],
    ['12/HXFU/123456//SB', 'serial', 'HX', 'FU', true],
    ['12.FXMX.732.555.1234', 'telephone', 'FX', 'MX', false],
    ['12/TYNU/312/555/0123/SB', 'telephone', 'TY', 'NU', false],
  ])('reads %j as the %s format, service code %s, modifier %s', (input, format, code, mod, ds1) => {
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

  it.each([
    ['', /Enter the circuit ID, like 73\/HCGS\/123456\/000\/NE/],
    [
      '73-HCGS-123456',
      /Remove “-”: a circuit ID has letters and digits with \/ or \. between the parts/,
    ],
    [
      '123/HCGS/123456/000/NE',
      /start with a prefix of up to 2 characters, or with the service code/,
    ],
    [
      '73/H1GS/123456/000/NE',
      /service code and modifier, 2 letters then 2 letters or digits \(like HCGS\)/,
    ],
    ['73/HCG/123456/000/NE', /service code and modifier/],
    ['73/HCGS', /serial number, 1 to 6 digits/],
    ['73/HCGS/1234567/000/NE', /serial number, 1 to 6 digits/],
    ['73/HCGS/12A456/000/NE', /serial number, 1 to 6 digits/],
    ['73/HCGS/123456/0000/NE', /suffix after the serial number is up to 3 letters or digits/],
    ['73/HCGS/123456/000/NEWCO', /company code after the suffix is 2 to 4 letters/],
    ['73/HCGS/123456/000/NE/1234', /segment at the end is up to 3 letters or digits/],
    ['73/HCGS/123456/000/NE/1/2', /too many parts: after the serial number come only/],
    ['12.FXMX.732.555.1234.A.B.C.D', /at most 3 more parts/],
  ])('refuses %j saying how to fix it', (input, message) => {
    expect(parseCircuitId(input)).toEqual({
      ok: false,
      error: expect.stringMatching(message) as string,
    });
  });

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
      warnings: [expect.stringMatching(/FX is not a DS1 service code we know \(HC, DH, HX\)/)],
    });
    expect(parseCircuitId('73/HCGS/123456/000/NE', { expectDs1: true })).toMatchObject({
      ok: true,
      warnings: [],
    });
  });
});
