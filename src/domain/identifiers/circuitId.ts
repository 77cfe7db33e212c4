import { fail, ok, type Parsed } from './result.ts';

/*
 * Common Language circuit IDs (ATIS-0300097), docs/domain.md "Identifiers". Parts are separated by
 * "/" or "."; an omitted part keeps its separator (".HCGS.123456..NJ"). Three formats reach a
 * CLEC:
 *   serial:    prefix / service code + modifier / serial number / suffix / company / segment,
 *              like 73/HCGS/123456/000/NE or AT&T's 101/T1ZF/556677/SW
 *   telephone: prefix / service code + modifier / NPA / NXX / line / up to 3 more parts,
 *              like 12.FXMX.732.555.1234
 *   facility:  prefix / facility type / CLLI code of one end / CLLI code of the other,
 *              like HN101/T3U/MPLSMNDT000/GLVYMNORIII
 * An ID is AT&T's to write, so anything but an empty text is accepted as written: what does not
 * fit these forms gets a warning that names the part that looks unusual, never a refusal.
 */

export interface CircuitId {
  /** Trimmed, uppercase, spaces removed, separators kept as typed; as written for 'other'. */
  id: string;
  /** Which form it reads as; 'other' when none fits, and the warnings say why. */
  format: 'serial' | 'telephone' | 'facility' | 'other';
  /** The service code (HC), or the facility type (T3U); empty for 'other'. */
  serviceCode: string;
  modifier: string;
  isDs1: boolean;
}

const EXAMPLE = 'like 73/HCGS/123456/000/NE';
/*
 * Service codes of a DS1: HC, DH and HX in ATIS-0300097, and T1, which AT&T's own DS1 circuits
 * carry (101/T1ZF/556677/SW).
 */
const DS1_SERVICE_CODES = new Set(['HC', 'DH', 'HX', 'T1']);
/** The service code (a letter, then a letter or digit) and the modifier (2 letters or digits). */
const SERVICE_CODE = /^[A-Z][A-Z0-9][A-Z0-9]{2}$/;
/** A prefix is usually 1 or 2 characters; AT&T writes 3 digits (101/T1ZF/...). */
const PREFIX = /^[A-Z0-9]{0,3}$/;
const SERIAL = /^\d{1,6}$/;
const SUFFIX = /^[A-Z0-9]{0,3}$/;
const COMPANY = /^[A-Z0-9]{2,4}$/;
const SEGMENT = /^[A-Z0-9]{0,3}$/;
const TRAILING_PART = /^[A-Z0-9]{0,4}$/;
/** A CLLI code: 4 letters of the place, 2 of the state, 2 of the building, maybe 3 more. */
const CLLI = /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;
const FACILITY_PREFIX = /^[A-Z0-9]{1,5}$/;
const FACILITY_TYPE = /^[A-Z0-9]{2,6}$/;
const DS1_FACILITY_TYPES = /^(?:T1|DS1)/;

export function parseCircuitId(
  input: string,
  options: { expectDs1?: boolean } = {},
): Parsed<CircuitId> {
  const id = input.replace(/\s+/gu, '').toUpperCase();
  if (id === '') return fail(`Enter the circuit ID, ${EXAMPLE}`);
  const read = readForm(id);
  const warnings = [...read.warnings];
  if (options.expectDs1 && read.format !== 'other' && !read.isDs1) {
    warnings.push(
      `${read.serviceCode} is not a DS1 service code we know (HC, DH, HX, T1): check the circuit ID on the DS1's records`,
    );
  }
  const { format, serviceCode, modifier, isDs1 } = read;
  // An ID of no usual form is kept exactly as written: nothing is known to normalise in it.
  const kept = format === 'other' ? input.trim() : id;
  return ok({ id: kept, format, serviceCode, modifier, isDs1 }, warnings);
}

type Form = Omit<CircuitId, 'id'> & { readonly warnings: readonly string[] };

function readForm(id: string): Form {
  const odd = /[^A-Z0-9/.]/u.exec(id);
  if (odd) {
    return other(
      `It has “${odd[0]}”, where a circuit ID has only letters and digits with / or . between the parts (${EXAMPLE}): it is kept as written; check it on the FOC`,
    );
  }
  const parts = id.split(/[/.]/);
  const facility = facilityForm(parts);
  if (facility) return facility;
  // The prefix may be left out together with its separator: HCGS/123456/000/NE.
  const [prefix = '', code = '', ...rest] = SERVICE_CODE.test(parts[0] ?? '')
    ? ['', ...parts]
    : parts;
  if (!SERVICE_CODE.test(code)) {
    return other(
      `It does not read as a circuit ID of a usual form (${EXAMPLE}, 12.FXMX.732.555.1234 or HN101/T3U/MPLSMNDT000/GLVYMNORIII): it is kept as written; check it on the FOC`,
    );
  }
  const serviceCode = code.slice(0, 2);
  const warnings: string[] = [];
  if (!PREFIX.test(prefix)) {
    warnings.push(
      `The prefix “${prefix}” is longer than usual (1 to 3 letters or digits): check the circuit ID on the FOC`,
    );
  }
  const telephone = isTelephoneFormat(rest);
  warnings.push(...(telephone ? telephoneTail(rest.slice(3)) : serialParts(rest)));
  return {
    format: telephone ? 'telephone' : 'serial',
    serviceCode,
    modifier: code.slice(2),
    isDs1: DS1_SERVICE_CODES.has(serviceCode),
    warnings,
  };
}

function other(warning: string): Form {
  return { format: 'other', serviceCode: '', modifier: '', isDs1: false, warnings: [warning] };
}

/** HN101/T3U/MPLSMNDT000/GLVYMNORIII: a carrier's facility between two offices. */
function facilityForm(parts: readonly string[]): Form | undefined {
  const [prefix = '', type = '', from = '', to = '', ...more] = parts;
  if (!CLLI.test(from) || !CLLI.test(to) || !FACILITY_TYPE.test(type)) return undefined;
  const warnings: string[] = [];
  if (!FACILITY_PREFIX.test(prefix)) {
    warnings.push(
      `The facility's prefix “${prefix}” is usually 1 to 5 letters or digits: check the circuit ID on the FOC`,
    );
  }
  if (more.length > 0) {
    warnings.push(
      `A facility circuit ID usually ends with the second CLLI code (${to}): check what follows it on the FOC`,
    );
  }
  const isDs1 = DS1_FACILITY_TYPES.test(type);
  return { format: 'facility', serviceCode: type, modifier: '', isDs1, warnings };
}

function isTelephoneFormat([npa, nxx, line]: string[]): boolean {
  return /^\d{3}$/.test(npa ?? '') && /^\d{3}$/.test(nxx ?? '') && /^\d{4}$/.test(line ?? '');
}

function telephoneTail(tail: string[]): string[] {
  if (tail.length > 3 || !tail.every((part) => TRAILING_PART.test(part))) {
    return [
      'After the telephone number a circuit ID usually has at most 3 more parts of up to 4 letters or digits, like 12.FXMX.732.555.1234: check it on the FOC',
    ];
  }
  return [];
}

/** After the serial: suffix / company / segment, where a lone last part is the company. */
function serialParts([serial = '', ...tail]: string[]): string[] {
  const warnings: string[] = [];
  if (!SERIAL.test(serial)) {
    warnings.push(
      serial === ''
        ? `The serial number after the service code is missing, ${EXAMPLE}: check the circuit ID on the FOC`
        : `The serial number “${serial}” is usually 1 to 6 digits, ${EXAMPLE}: check it on the FOC`,
    );
  }
  if (tail.length > 3) {
    warnings.push(
      `This circuit ID has more parts than usual: after the serial number come the suffix, the company code and the segment, ${EXAMPLE}`,
    );
  }
  const [suffix = '', company = '', segment = ''] = tail.length === 1 ? ['', ...tail] : tail;
  if (!SUFFIX.test(suffix)) {
    warnings.push(
      `The suffix “${suffix}” after the serial number is usually up to 3 letters or digits, ${EXAMPLE}`,
    );
  }
  if (!SEGMENT.test(segment)) {
    warnings.push(`The segment “${segment}” at the end is usually up to 3 letters or digits`);
  }
  if (company === '') {
    warnings.push(`Add the company code (2 to 4 letters) at the end if you have it, ${EXAMPLE}`);
  } else if (!COMPANY.test(company)) {
    warnings.push(
      `The company code “${company}” is usually 2 to 4 letters, like NE in 73/HCGS/123456/000/NE`,
    );
  }
  return warnings;
}
