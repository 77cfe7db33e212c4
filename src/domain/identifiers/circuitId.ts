import { fail, ok, type Parsed } from './result.ts';

/*
 * Common Language circuit IDs (ATIS-0300097), docs/domain.md "Identifiers". Parts are separated by
 * "/" or "."; an omitted part keeps its separator (".HCGS.123456..NJ"). Two formats:
 *   serial:    prefix / service code + modifier / serial (1-6 digits) / suffix / company / segment
 *   telephone: prefix / service code + modifier / NPA / NXX / line / up to 3 more parts
 * Only the shape is checked; the circuit ID is an "if known" field, so an unknown service code
 * or a missing company code warns and never blocks.
 */

export interface CircuitId {
  /** Trimmed, uppercase, spaces removed; separators kept as typed. */
  id: string;
  format: 'serial' | 'telephone';
  serviceCode: string;
  modifier: string;
  isDs1: boolean;
}

const EXAMPLE = 'like 73/HCGS/123456/000/NE';
const DS1_SERVICE_CODES = new Set(['HC', 'DH', 'HX']);
const SERVICE_CODE = /^[A-Z]{2}[A-Z0-9]{2}$/;
const PREFIX = /^[A-Z0-9]{0,2}$/;
const SERIAL = /^\d{1,6}$/;
const SUFFIX = /^[A-Z0-9]{0,3}$/;
const COMPANY = /^[A-Z0-9]{2,4}$/;
const SEGMENT = /^[A-Z0-9]{0,3}$/;
const TRAILING_PART = /^[A-Z0-9]{0,4}$/;

export function parseCircuitId(
  input: string,
  options: { expectDs1?: boolean } = {},
): Parsed<CircuitId> {
  const id = input.replace(/\s+/gu, '').toUpperCase();
  if (id === '') return fail(`Enter the circuit ID, ${EXAMPLE}`);
  const bad = /[^A-Z0-9/.]/u.exec(id);
  if (bad) {
    return fail(
      `Remove “${bad[0]}”: a circuit ID has letters and digits with / or . between the parts, ${EXAMPLE}`,
    );
  }
  const parts = id.split(/[/.]/);
  // The prefix may be left out together with its separator: HCGS/123456/000/NE.
  const [prefix = '', code = '', ...rest] = SERVICE_CODE.test(parts[0] ?? '')
    ? ['', ...parts]
    : parts;
  if (!PREFIX.test(prefix)) {
    return fail(
      `The circuit ID should start with a prefix of up to 2 characters, or with the service code, ${EXAMPLE}`,
    );
  }
  if (!SERVICE_CODE.test(code)) {
    return fail(
      `After the prefix comes the service code and modifier, 2 letters then 2 letters or digits (like HCGS), ${EXAMPLE}`,
    );
  }
  const format = isTelephoneFormat(rest) ? 'telephone' : 'serial';
  const shape = format === 'telephone' ? telephoneTail(rest.slice(3)) : serialParts(rest);
  if (!shape.ok) return shape;
  const serviceCode = code.slice(0, 2);
  const isDs1 = DS1_SERVICE_CODES.has(serviceCode);
  const warnings = [...shape.warnings];
  if (options.expectDs1 && !isDs1) {
    warnings.push(
      `${serviceCode} is not a DS1 service code we know (HC, DH, HX): check the circuit ID on the DS1's records`,
    );
  }
  return ok({ id, format, serviceCode, modifier: code.slice(2), isDs1 }, warnings);
}

function isTelephoneFormat([npa, nxx, line]: string[]): boolean {
  return /^\d{3}$/.test(npa ?? '') && /^\d{3}$/.test(nxx ?? '') && /^\d{4}$/.test(line ?? '');
}

function telephoneTail(tail: string[]): Parsed<null> {
  if (tail.length > 3 || !tail.every((part) => TRAILING_PART.test(part))) {
    return fail(
      'After the telephone number a circuit ID has at most 3 more parts of up to 4 letters or digits, like 12.FXMX.732.555.1234',
    );
  }
  return ok(null);
}

/** After the serial: suffix / company / segment, where a lone last part is the company. */
function serialParts([serial = '', ...tail]: string[]): Parsed<null> {
  if (!SERIAL.test(serial)) {
    return fail(`After the service code comes the serial number, 1 to 6 digits, ${EXAMPLE}`);
  }
  if (tail.length > 3) {
    return fail(
      `This circuit ID has too many parts: after the serial number come only the suffix, the company code and the segment, ${EXAMPLE}`,
    );
  }
  const [suffix = '', company = '', segment = ''] = tail.length === 1 ? ['', ...tail] : tail;
  if (!SUFFIX.test(suffix)) {
    return fail(
      `The suffix after the serial number is up to 3 letters or digits (or left empty), ${EXAMPLE}`,
    );
  }
  if (!SEGMENT.test(segment)) {
    return fail(`The segment at the end is up to 3 letters or digits, ${EXAMPLE}`);
  }
  if (company === '') {
    return ok(null, [
      `Add the company code (2 to 4 letters) at the end if you have it, ${EXAMPLE}`,
    ]);
  }
  if (!COMPANY.test(company)) {
    return fail(
      `The company code after the suffix is 2 to 4 letters, like NE in 73/HCGS/123456/000/NE`,
    );
  }
  return ok(null);
}
